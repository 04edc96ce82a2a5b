// A small catalogue of birthday greetings in the languages Sampark speaks. The core writes them
// (notifications, Today, calendar) in the contact's preferred language, not the UI's.
const GREETINGS: Record<string, (name: string) => string> = {
  en: (name) => `Happy birthday, ${name}!`,
  hi: (name) => `जन्मदिन की हार्दिक शुभकामनाएँ, ${name}!`,
  ta: (name) => `இனிய பிறந்தநாள் நல்வாழ்த்துகள், ${name}!`,
};

/** The greeting language for a BCP 47 tag ('hi-IN' → 'hi'); English when Sampark has none. */
export function greetingLanguage(preferredLanguage: string): string {
  const primary = preferredLanguage.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(GREETINGS, primary) ? primary : 'en';
}

export function birthdayGreeting(name: string, preferredLanguage: string): { text: string; language: string } {
  const language = greetingLanguage(preferredLanguage);
  return { text: GREETINGS[language]!(name), language };
}

const TITLES: Record<string, (name: string) => string> = {
  en: (name) => `${name}’s birthday`,
  hi: (name) => `${name} का जन्मदिन`,
  ta: (name) => `${name} பிறந்தநாள்`,
};

/** "Priya's birthday" as a calendar entry's title, in a greeting language. */
export function birthdayTitle(name: string, language: string): string {
  return (TITLES[language] ?? TITLES.en!)(name);
}
