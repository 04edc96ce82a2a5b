// Stay-in-touch cadences and contact-fatigue limits per contact or per tag (synced), and the
// global fatigue limit (this installation's setting). Rule ids are derived from their target, so
// two machines setting "customers: every 30 days" edit one row.
import type { FatigueLimit, InteractionRule } from '../../../src-shared/contract/interactions';
import type { ChangeWriter } from '../../db/changes/change-writer';
import type { Sqlite } from '../../db/open-database';
import { AppError } from '../../rpc/app-error';

export const ruleId = (targetType: 'contact' | 'tag', targetId: string) => `rule-${targetType}-${targetId}`;
export const DEFAULT_FATIGUE: FatigueLimit = { max: 2, days: 7 };
const FATIGUE_KEY = 'interactions.fatigue';

interface RuleRow {
  id: string;
  targetType: 'contact' | 'tag';
  targetId: string;
  stayInTouchDays: number | null;
  fatigueMax: number | null;
  fatigueDays: number | null;
}

export type InteractionRules = ReturnType<typeof createInteractionRules>;

export function createInteractionRules(sqlite: Sqlite, writer: ChangeWriter, tagIdOf: (name: string) => string) {
  const SELECT = `SELECT id, target_type AS targetType, target_id AS targetId, stay_in_touch_days AS stayInTouchDays,
    fatigue_max AS fatigueMax, fatigue_days AS fatigueDays FROM interaction_rules`;
  const byId = sqlite.prepare(`${SELECT} WHERE id = ?`);
  const tagRules = sqlite.prepare(
    `SELECT t.name AS tagName, r.stay_in_touch_days AS stayInTouchDays, r.fatigue_max AS fatigueMax, r.fatigue_days AS fatigueDays
     FROM interaction_rules r JOIN tags t ON t.id = r.target_id
     WHERE r.target_type = 'tag' AND t.deleted_at_ms IS NULL AND (r.stay_in_touch_days IS NOT NULL OR r.fatigue_max IS NOT NULL) ORDER BY t.name`,
  );
  /** The tag rules of a contact's live tags. */
  const rulesOfContactTags = sqlite.prepare(
    `SELECT r.stay_in_touch_days AS stayInTouchDays, r.fatigue_max AS fatigueMax, r.fatigue_days AS fatigueDays
     FROM contact_tags ct JOIN interaction_rules r ON r.id = 'rule-tag-' || ct.tag_id
     WHERE ct.contact_id = ? AND ct.deleted_at_ms IS NULL`,
  );
  const setting = {
    get: sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck(),
    set: sqlite.prepare('INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
  const contactExists = sqlite.prepare('SELECT 1 FROM contacts WHERE id = ?').pluck();
  const tagExists = sqlite.prepare('SELECT 1 FROM tags WHERE id = ? AND deleted_at_ms IS NULL').pluck();

  function globalFatigue(): FatigueLimit {
    const raw = setting.get.get(FATIGUE_KEY) as string | undefined;
    return raw ? (JSON.parse(raw) as FatigueLimit) : DEFAULT_FATIGUE;
  }

  const setTx = sqlite.transaction((rule: InteractionRule, nowMs: number) => {
    const targetId = rule.targetType === 'tag' ? tagIdOf(rule.target) : rule.target;
    if (rule.targetType === 'tag' && !tagExists.get(targetId)) throw new AppError('invalid_input', `target: No contact has the tag "${rule.target}"`);
    if (rule.targetType === 'contact' && !contactExists.get(targetId)) throw new AppError('invalid_input', 'target: That contact does not exist');
    const id = ruleId(rule.targetType, targetId);
    const cells = { stay_in_touch_days: rule.stayInTouchDays, fatigue_max: rule.fatigue?.max ?? null, fatigue_days: rule.fatigue?.days ?? null };
    if (byId.get(id)) writer.update('interaction_rules', id, cells, { updated_at_ms: nowMs });
    else writer.insert('interaction_rules', id, { target_type: rule.targetType, target_id: targetId, ...cells, created_at_ms: nowMs, updated_at_ms: nowMs });
  });

  return {
    globalFatigue,
    setGlobalFatigue(limit: FatigueLimit): FatigueLimit {
      setting.set.run(FATIGUE_KEY, JSON.stringify(limit));
      return limit;
    },
    set: setTx,
    ofContact: (contactId: string) => (byId.get(ruleId('contact', contactId)) as RuleRow | undefined) ?? null,
    tagRules(): InteractionRule[] {
      return (tagRules.all() as (RuleRow & { tagName: string })[]).map((r) => ({
        targetType: 'tag',
        target: r.tagName,
        stayInTouchDays: r.stayInTouchDays,
        fatigue: r.fatigueMax !== null && r.fatigueDays !== null ? { max: r.fatigueMax, days: r.fatigueDays } : null,
      }));
    },
    /** The contact's cadence: its own, else the shortest among its tags'. */
    cadenceOf(contactId: string): { own: number | null; effective: number | null } {
      const own = (byId.get(ruleId('contact', contactId)) as RuleRow | undefined)?.stayInTouchDays ?? null;
      const fromTags = (rulesOfContactTags.all(contactId) as RuleRow[]).map((r) => r.stayInTouchDays).filter((d): d is number => d !== null);
      return { own, effective: own ?? (fromTags.length > 0 ? Math.min(...fromTags) : null) };
    },
    /** The contact's fatigue limit: its own, else the strictest of its tags' (fewest per day), else the global one. */
    fatigueOf(contactId: string): FatigueLimit {
      const own = byId.get(ruleId('contact', contactId)) as RuleRow | undefined;
      if (own?.fatigueMax != null && own.fatigueDays != null) return { max: own.fatigueMax, days: own.fatigueDays };
      const fromTags = (rulesOfContactTags.all(contactId) as RuleRow[])
        .filter((r) => r.fatigueMax !== null && r.fatigueDays !== null)
        .map((r) => ({ max: r.fatigueMax!, days: r.fatigueDays! }))
        .sort((a, b) => a.max / a.days - b.max / b.days);
      return fromTags[0] ?? globalFatigue();
    },
  };
}
