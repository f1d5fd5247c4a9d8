// Programming traffic, part 6: short IDE-plugin commands on selected code and one-line questions.
import { F, P, SU, U } from '../dsl.mjs';

const INLINE = `You are an inline code assistant. The user selected code and typed a command. Return only the rewritten code block unless asked to explain.`;

export default [
  SU('programming', INLINE, `/add-types

${F}js
function groupBy(items, key) {
  return items.reduce((acc, item) => {
    (acc[item[key]] ||= []).push(item);
    return acc;
  }, {});
}
${F}`, { app: 'ide-plugin', out: 120 }),

  SU('programming', INLINE, `/docstring

${F}python
def haversine(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))
${F}`, { app: 'ide-plugin', out: 150 }),

  SU('programming', INLINE, `/explain

${F}sql
SELECT user_id,
       ts,
       SUM(CASE WHEN ts - LAG(ts) OVER w > interval '30 minutes' THEN 1 ELSE 0 END) OVER w AS session_no
FROM clicks
WINDOW w AS (PARTITION BY user_id ORDER BY ts);
${F}`, { app: 'ide-plugin', out: 250 }),

  SU('programming', INLINE, `/fix this doesn't compile

${F}rust
let names: Vec<&str> = people.iter().map(|p| p.name).collect();
${F}
(people: Vec<Person>, Person { name: String, age: u32 })`, { app: 'ide-plugin', out: 60 }),

  SU('programming', INLINE, `/optimize

${F}ts
const unique = [];
for (const x of ids) {
  if (!unique.includes(x)) unique.push(x);
}
${F}`, { app: 'ide-plugin', out: 30 }),

  SU('programming', INLINE, `/tests

${F}go
func Clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
${F}`, { app: 'ide-plugin', out: 220 }),

  U('programming', `what's the git command to undo the last commit but keep the changes`, { out: 50 }),

  P('programming', `python f-string format a float with thousands separator and 2 decimals`, { out: 40 }),

  U('programming', `in postgres what's the difference between timestamp and timestamptz and which should I use`, { out: 250 }),

  U('programming', `vim: how do I replace a word in all files of a project`, { out: 120 }),

  P('programming', `kubectl command to get logs from all pods with label app=worker, last 100 lines each, follow`, { out: 50 }),

  U('programming', `is there a way in typescript to make a function accept only string literal keys of an object, not any string?`, { out: 180 }),

  U('programming', `Mon script Python plante avec "RecursionError: maximum recursion depth exceeded" sur un arbre de 5000 nœuds. Je dois passer en itératif ? Comment ?`, { lang: 'fr', out: 300 }),

  U('programming', `파이썬에서 리스트와 튜플의 차이가 뭔가요? 언제 튜플을 써야 하는지 예시와 함께 알려주세요.`, { lang: 'ko', out: 250 }),

  U('programming', `如何在 Go 里优雅地关闭 HTTP 服务器？需要等待正在处理的请求完成，并且超时 10 秒后强制退出。`, { lang: 'zh', out: 300 }),
];
