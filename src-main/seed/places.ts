// Indian cities with their STD (trunk dialling) codes, grouped by where businesses of each script
// are most likely to be: a Tamil-named shop is usually in Tamil Nadu.
export type City = readonly [name: string, stdCode: string];

export const HINDI_BELT_CITIES: readonly City[] = [
  ['Delhi', '011'], ['Jaipur', '0141'], ['Lucknow', '0522'], ['Kanpur', '0512'], ['Varanasi', '0542'],
  ['Patna', '0612'], ['Indore', '0731'], ['Bhopal', '0755'], ['Agra', '0562'], ['Chandigarh', '0172'],
];

export const TAMIL_NADU_CITIES: readonly City[] = [
  ['Chennai', '044'], ['Coimbatore', '0422'], ['Madurai', '0452'], ['Tiruchirappalli', '0431'], ['Salem', '0427'],
  ['Tirunelveli', '0462'], ['Erode', '0424'], ['Tiruppur', '0421'], ['Vellore', '0416'], ['Thanjavur', '04362'],
];

export const ALL_CITIES: readonly City[] = [
  ['Mumbai', '022'], ['Bengaluru', '080'], ['Hyderabad', '040'], ['Pune', '020'], ['Kolkata', '033'],
  ['Ahmedabad', '079'], ['Kochi', '0484'], ['Surat', '0261'], ['Nagpur', '0712'], ['Mysuru', '0821'],
  ...HINDI_BELT_CITIES,
  ...TAMIL_NADU_CITIES,
];
