// Programming traffic, part 4: mobile, data/ML, algorithms, reviews and longer coding conversations.
import { F, P, SU, T, U } from '../dsl.mjs';

const REVIEWER = `You are a meticulous code reviewer. Point out bugs first, then security issues, then style. Number your findings.`;

export default [
  U('programming', `Act as a senior Python code reviewer. Review this function for bugs and readability, be blunt:

${F}python
def get_user_age(user):
    import datetime
    try:
        b = user['birthday']
        today = datetime.datetime.now()
        age = today.year - b.year
        return age
    except:
        return -1
${F}`, { out: 380 }),

  SU('programming', REVIEWER, `${F}php
<?php
$id = $_GET['id'];
$result = mysqli_query($conn, "SELECT * FROM invoices WHERE id = " . $id);
$row = mysqli_fetch_assoc($result);
echo "<h1>Invoice for " . $row['customer_name'] . "</h1>";
${F}`, { app: 'api', out: 400 }),

  U('programming', `SwiftUI: my List doesn't update when I append to an array inside an ObservableObject class. I'm using @StateObject in the parent and @ObservedObject in the child. items is a plain var, not @Published. is that it?`, { out: 220 }),

  U('programming', `Kotlin coroutines: what's the difference between launch, async, and withContext? I keep seeing withContext(Dispatchers.IO) in repository code`, { out: 400 }),

  U('programming', `Flutter の ListView.builder で画像を大量に表示するとスクロールがカクつきます。cached_network_image は使っています。他に何を確認すればいいですか？`, { lang: 'ja', out: 380 }),

  P('programming', `implement LRU cache in python without OrderedDict, O(1) get and put`, { out: 420 }),

  U('programming', `Leetcode 33 (search in rotated sorted array). My solution fails on [3,1] target 1. Where's the bug?

${F}python
def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] < nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
${F}`, { out: 280 }),

  U('programming', `I'm fine-tuning a small BERT for ticket classification (12 classes, 8k examples, very imbalanced). Validation accuracy 91% but the small classes are never predicted. What should I try first: class weights, oversampling, focal loss?`, { out: 450 }),

  U('programming', `PyTorch: RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu! (when checking argument for argument mat1 in method wrapper_CUDA_addmm)

I called model.to("cuda") already. the error happens in the validation loop only`, { out: 240 }),

  U('programming', `scikit-learn pipeline with ColumnTransformer: one-hot for 'city', 'plan'; standard scaler for 'age','monthly_spend'; then logistic regression. show how to grid search C and get feature names out at the end`, { out: 480 }),

  T('programming', `You are a helpful coding assistant for a data team. Use Python 3.11 and polars unless asked otherwise.`, [
    `I have a parquet with columns ts (datetime), sensor_id, value. Resample to 5-minute means per sensor and forward-fill gaps up to 15 minutes only.`,
    `${F}python
import polars as pl

df = pl.read_parquet("readings.parquet").sort("sensor_id", "ts")
out = (
    df.group_by_dynamic("ts", every="5m", group_by="sensor_id")
      .agg(pl.col("value").mean())
      .upsample(time_column="ts", every="5m", group_by="sensor_id")
      .with_columns(pl.col("value").forward_fill(limit=3).over("sensor_id"))
)
${F}
\`limit=3\` fills at most three 5-minute slots, i.e. 15 minutes.`,
    `upsample complains: "argument 'group_by' is not supported when data is not sorted". I did sort?`,
    `After \`group_by_dynamic\` the output is sorted by \`sensor_id\` then \`ts\` only within groups, and polars checks the flag, not the data. Call \`.sort("sensor_id", "ts")\` again right before \`.upsample\` (or \`.set_sorted("ts")\` if you are sure).`,
    `works now. last thing, sensor_id column becomes null for the upsampled rows`,
    `That happens on older polars versions: \`upsample\` fills only the time column. Add \`.with_columns(pl.col("sensor_id").forward_fill())\` after it, or upgrade to a version where \`group_by\` keys are filled.`,
    `we're pinned to 0.20 because of another lib. forward_fill on sensor_id is fine. can you give me the final full snippet with a test on a tiny frame?`,
  ], { app: 'chat-web', out: 500 }),

  U('programming', `what does this regex do? ^(?=.*[A-Z])(?=.*\\d)(?!.*\\s).{12,}$`, { out: 150 }),

  U('programming', `Design question: we have a monolith (Rails) and want to send emails, webhooks and PDF generation to background jobs. Sidekiq is already there. A colleague wants Kafka. 40k jobs/day. Is Kafka overkill?`, { out: 500 }),

  P('programming', `Write a Dockerfile for a Node 20 app built with pnpm, multi-stage, non-root user, healthcheck on /healthz`, { out: 300 }),

  U('programming', `How do I write a GraphQL resolver in Apollo Server that batches N+1 queries for author of each post? show with DataLoader`, { out: 420 }),

  U('programming', `Unity C#: my player falls through the floor at high speed. Rigidbody + BoxCollider, floor is a thin plane with MeshCollider. Collision detection is Discrete.`, { out: 250 }),

  U('programming', `Excel VBA: loop over all sheets, and on each one delete rows where column C is empty. Starting from row 2. It's slow with 50k rows, how to speed it up`, { out: 300 }),

  U('programming', `मुझे Python में एक ऐसा फ़ंक्शन लिखना है जो किसी वाक्य में हर शब्द की गिनती करे और सबसे ज़्यादा आने वाले 5 शब्द लौटाए। कृपया कोड समझाते हुए लिखें।`, { lang: 'hi', out: 350 }),

  U('programming', `Terraform: plan wants to destroy and recreate my RDS instance because I changed "engine_version" from 15.4 to 15.7. How do I do a minor upgrade in place without data loss?`, { out: 330 }),

  U('programming', `explain the difference between processes, threads and async in simple terms, with a restaurant analogy please. I'm a junior dev`, { out: 400 }),

  U('programming', `Elixir/Phoenix LiveView: how do I push an event from the server to a JS hook after a background Task finishes?`, { out: 300 }),

  P('programming', `nginx config: reverse proxy /api to localhost:8080, serve static files from /var/www/app, gzip, cache static assets 30 days, websocket support on /ws`, { out: 330 }),

  U('programming', `Write a Rust function that parses lines like "2026-10-03 14:22:01 WARN [auth] login failed for user=kim ip=198.51.100.23" into a struct. Use no regex crate, just split.`, { pii: ['ip'], out: 400 }),
];
