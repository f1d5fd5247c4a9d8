// The offline classifier: no network, no keys. This first version scores hand-written cue words per
// category; issue #6 replaces it with a model trained on shared/data/prompts. It never looks at any
// example file's labels.
import type { Classification, Classifier } from '../classifier.js';

const CUES: Record<string, readonly string[]> = {
  programming: ['code', 'function', 'python', 'javascript', 'typescript', 'bug', 'error', 'compile', 'sql', 'regex', 'api', 'class', 'def', 'return', 'const', 'import', 'stack trace', 'exception', 'refactor', 'unit test', 'rust', 'java', 'golang'],
  roleplay: ['roleplay', 'role-play', 'you are a character', 'stay in character', 'pretend to be', '*smiles*', 'your character', 'dungeon master', 'in character'],
  creative_writing: ['poem', 'story', 'short story', 'lyrics', 'haiku', 'novel', 'screenplay', 'chapter', 'fiction', 'sonnet', 'limerick'],
  translation: ['translate', 'translation', 'into english', 'into french', 'into spanish', 'into german', 'traduce', 'traduire', 'übersetze'],
  general_qa: ['who is', 'what is the capital', 'when did', 'how many', 'trivia', 'where is'],
  education: ['homework', 'essay', 'history', 'exam', 'lesson plan', 'study', 'student', 'teacher', 'explain like', 'quiz'],
  science: ['physics', 'chemistry', 'biology', 'equation', 'molecule', 'quantum', 'theorem', 'proof', 'integral', 'derivative'],
  technology: ['server', 'kubernetes', 'network', 'router', 'laptop', 'cloud', 'linux', 'windows', 'dns', 'firewall', 'gpu'],
  health: ['symptom', 'doctor', 'diet', 'pain', 'medication', 'sleep', 'exercise', 'health', 'anxiety', 'diagnosis'],
  finance: ['invest', 'stock', 'budget', 'loan', 'mortgage', 'tax', 'bank', 'portfolio', 'retirement', 'credit'],
  legal: ['contract', 'lawyer', 'legal', 'clause', 'court', 'lawsuit', 'tenant', 'gdpr', 'liability', 'statute'],
  marketing: ['marketing', 'slogan', 'tagline', 'seo', 'campaign', 'ad copy', 'brand', 'landing page', 'newsletter'],
  productivity: ['email to', 'meeting', 'agenda', 'spreadsheet', 'summarize', 'summarise', 'to-do', 'schedule'],
};

function countOccurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

export function createLocalClassifier(): Classifier {
  return {
    name: 'local',
    async classify(text) {
      const lower = text.toLowerCase();
      const scores = Object.entries(CUES).map(([name, cues]) => ({
        name,
        score: cues.reduce((sum, cue) => sum + countOccurrences(lower, cue), 0),
      }));
      const total = scores.reduce((s, x) => s + x.score, 0);
      scores.sort((a, b) => b.score - a.score);
      const best = scores[0]!;
      const confidence = total === 0 ? 0 : best.score / total;
      const category = best.score === 0 ? 'other' : best.name;
      const classification: Classification = {
        results: { topic: { category, confidence } },
        labels: scores.filter((s) => s.score > 0).slice(0, 5).map((s) => ({ name: s.name, confidence: s.score / total })),
      };
      return classification;
    },
  };
}
