// Programming traffic, part 1: Python questions, reviews and tracebacks (single-turn and IDE-plugin style).
import { F, P, SU, T, U } from '../dsl.mjs';

const IDE = `You are CodePilot, an AI pair programmer inside the user's editor. Answer with code first, then at most three short sentences. Prefer the project's existing libraries. Never invent APIs.`;

export default [
  U('programming', `why does this print the same list three times?

${F}python
rows = [[0] * 3] * 3
rows[0][0] = 1
print(rows)
${F}

I expected only the first row to change.`, { out: 220 }),

  SU('programming', IDE, `File: app/services/billing.py (Python 3.11)

${F}python
def apply_discount(total, code):
    if code == "WELCOME10":
        return total * 0.9
    elif code == "BLACKFRIDAY":
        return total * 0.7
    elif code == "STAFF":
        return total * 0.5
    else:
        return total
${F}

refactor this so new codes can be added from config without touching the function, keep it typed`, { app: 'ide-plugin', out: 380 }),

  U('programming', `Traceback (most recent call last):
  File "/srv/etl/run_daily.py", line 88, in <module>
    main()
  File "/srv/etl/run_daily.py", line 71, in main
    df = pd.read_csv(path, parse_dates=["created_at"])
  File "/usr/local/lib/python3.10/site-packages/pandas/io/parsers/readers.py", line 912, in read_csv
    return _read(filepath_or_buffer, kwds)
  File "/usr/local/lib/python3.10/site-packages/pandas/io/parsers/readers.py", line 583, in _read
    return parser.read(nrows)
UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 10243: invalid continuation byte

the csv comes from a client's excel export. how do I fix this without opening every file by hand`, { out: 300 }),

  P('programming', `Write a Python function that takes a list of intervals like [(1,3),(2,6),(8,10),(15,18)] and merges the overlapping ones. Include type hints and a couple of doctests.`, { out: 350 }),

  U('programming', `what's the difference between asyncio.gather and asyncio.TaskGroup in 3.11? when would I still use gather`, { out: 420 }),

  SU('programming', IDE, `Selected code (tests/test_users.py):

${F}python
def test_create_user(client):
    resp = client.post("/users", json={"email": "dana.whitfield@example.com", "name": "Dana Whitfield"})
    assert resp.status_code == 201
    resp = client.post("/users", json={"email": "dana.whitfield@example.com", "name": "Dana W"})
    assert resp.status_code == 201
${F}

the second post should fail with 409 because the email already exists but the test passes?? the model has unique=True on email. using sqlalchemy 2 + fastapi`, { app: 'ide-plugin', pii: ['email', 'person'], out: 400 }),

  U('programming', `Can you explain Python decorators like I'm coming from Java? I understand annotations but @functools.wraps confuses me`, { out: 500 }),

  P('programming', `regex to match UK postcodes python`, { out: 150 }),

  U('programming', `Mein Django-Projekt wirft beim Deployment auf dem Server "django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty", lokal läuft alles. Ich nutze python-dotenv und gunicorn mit systemd. Woran kann das liegen?`, { lang: 'de', out: 380 }),

  SU('programming', IDE, `Write pytest tests for this function. Cover the edge cases.

${F}python
def chunk(seq, size):
    if size <= 0:
        raise ValueError("size must be positive")
    return [seq[i:i + size] for i in range(0, len(seq), size)]
${F}`, { app: 'ide-plugin', out: 330 }),

  U('programming', `I have a 40 GB CSV and pandas dies with MemoryError. I only need to group by customer_id and sum amount. What's the least painful way? polars? duckdb? chunks?`, { out: 450 }),

  T('programming', null, [
    `how do I make a python dataclass immutable but still be able to compute a derived field in __post_init__?`,
    `Use \`@dataclass(frozen=True)\` and set the derived field with \`object.__setattr__\` inside \`__post_init__\`, because normal assignment raises \`FrozenInstanceError\` on a frozen instance:

${F}python
from dataclasses import dataclass, field

@dataclass(frozen=True)
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "area", self.w * self.h)
${F}`,
    `ok that works. but mypy complains "Property area defined in Rect is read-only". is there a cleaner way, maybe functools.cached_property?`,
    `\`cached_property\` needs a writable \`__dict__\`, and frozen dataclasses block \`__setattr__\` but not \`__dict__\` writes, so it does work at runtime. A plain \`@property\` is the simplest if the computation is cheap. Which fits depends on whether you need \`area\` in \`asdict()\` output.`,
    `I do need it in asdict() for the JSON export. so back to __post_init__ then? and how do I silence mypy properly instead of type: ignore everywhere`,
  ], { out: 300 }),

  U('programming', `Why is this so slow? 200k rows takes minutes

${F}python
result = pd.DataFrame()
for _, row in orders.iterrows():
    cust = customers[customers.id == row.customer_id].iloc[0]
    result = pd.concat([result, pd.DataFrame([{**row, "segment": cust.segment}])])
${F}`, { out: 320 }),

  P('programming', `python script to rename all files in a folder to lowercase and replace spaces with underscores, dry run flag`, { out: 280 }),

  U('programming', `写一个Python爬虫，抓取某个新闻网站首页的标题和链接，要求：使用requests和BeautifulSoup，加上重试和超时，结果保存为CSV。请加中文注释。`, { lang: 'zh', out: 600 }),

  U('programming', `my celery worker keeps getting "WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL)" on a task that generates PDFs. server has 2 GB RAM. redis broker at 10.20.0.14:6379. what should I look at`, { pii: ['ip'], out: 400 }),

  SU('programming', IDE, `Explain what this does, line by line:

${F}python
from itertools import groupby
from operator import itemgetter

def runs(xs):
    for _, g in groupby(enumerate(xs), lambda p: p[1] - p[0]):
        g = list(map(itemgetter(1), g))
        yield (g[0], g[-1]) if len(g) > 1 else g[0]
${F}`, { app: 'ide-plugin', out: 350 }),

  U('programming', `FastAPI: how do I return a streaming response from an OpenAI-compatible endpoint to the browser with server-sent events? my current code waits for the whole completion before returning`, { out: 520 }),

  P('programming', `Convert this to a list comprehension: 
out = []
for x in data:
    if x is not None and x > 0:
        out.append(round(x ** 0.5, 2))`, { out: 60 }),

  U('programming', `getting this in my notebook and I have no idea what it means

ValueError: The truth value of a Series is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().

line: if df["score"] > 50: df["grade"] = "pass"`, { out: 250 }),
];
