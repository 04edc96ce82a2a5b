// Words small Indian businesses are named with, per script: a lucky or family word, then a trade
// ("Sharma Textiles", "श्री गणेश ट्रेडर्स", "முருகன் ஸ்டோர்ஸ்"). Each word carries its ASCII spelling
// for the web address, and each trade the industry it implies ('' = any).
import type { Name } from './name-list';

export type Trade = readonly [text: string, ascii: string, industry: string];

export interface CompanyWords {
  readonly leads: readonly Name[];
  readonly trades: readonly Trade[];
}

export const INDUSTRIES = [
  'Trading', 'Textiles', 'Retail', 'Electricals', 'Hardware', 'Jewellery', 'Sweets & Snacks', 'Grocery',
  'Pharmacy', 'Automobile', 'Manufacturing', 'Logistics', 'IT Services', 'Catering', 'Construction',
  'Furniture', 'Printing', 'Exports', 'Restaurant', 'Wholesale',
] as const;

export const LATIN_COMPANY_WORDS: CompanyWords = {
  leads: [
    ['Sri Balaji', 'sribalaji'], ['Lakshmi', 'lakshmi'], ['Ganesh', 'ganesh'], ['Shree Krishna', 'shreekrishna'],
    ['Murugan', 'murugan'], ['Saraswati', 'saraswati'], ['Annapurna', 'annapurna'], ['Ganga', 'ganga'],
    ['Kaveri', 'kaveri'], ['Sai', 'sai'], ['Om', 'om'], ['Bharat', 'bharat'], ['Navrang', 'navrang'],
    ['Everest', 'everest'], ['Sunrise', 'sunrise'], ['Royal', 'royal'], ['Metro', 'metro'], ['Green Leaf', 'greenleaf'],
    ['Coastal', 'coastal'], ['Deccan', 'deccan'], ['Vijaya', 'vijaya'], ['Kamadhenu', 'kamadhenu'],
    ['Meenakshi', 'meenakshi'], ['Mahalakshmi', 'mahalakshmi'],
  ],
  trades: [
    ['Traders', 'traders', 'Trading'], ['Textiles', 'textiles', 'Textiles'], ['Enterprises', 'enterprises', ''],
    ['Agencies', 'agencies', 'Wholesale'], ['Stores', 'stores', 'Retail'], ['Electricals', 'electricals', 'Electricals'],
    ['Hardware', 'hardware', 'Hardware'], ['Industries', 'industries', 'Manufacturing'], ['Exports', 'exports', 'Exports'],
    ['Pharma', 'pharma', 'Pharmacy'], ['Motors', 'motors', 'Automobile'], ['Sweets', 'sweets', 'Sweets & Snacks'],
    ['Jewellers', 'jewellers', 'Jewellery'], ['Associates', 'associates', ''], ['& Sons', 'andsons', ''],
    ['Brothers', 'brothers', ''], ['Pvt Ltd', 'pvtltd', ''], ['Logistics', 'logistics', 'Logistics'],
    ['Tech Solutions', 'techsolutions', 'IT Services'], ['Caterers', 'caterers', 'Catering'],
    ['Builders', 'builders', 'Construction'], ['Furnishings', 'furnishings', 'Furniture'],
    ['Printers', 'printers', 'Printing'], ['Medicals', 'medicals', 'Pharmacy'],
  ],
};

export const DEVANAGARI_COMPANY_WORDS: CompanyWords = {
  leads: [
    ['श्री गणेश', 'shriganesh'], ['लक्ष्मी', 'lakshmi'], ['श्री राम', 'shriram'], ['बालाजी', 'balaji'],
    ['शिव शक्ति', 'shivshakti'], ['गंगा', 'ganga'], ['सरस्वती', 'saraswati'], ['अन्नपूर्णा', 'annapurna'],
    ['साईं', 'sai'], ['ओम', 'om'], ['भारत', 'bharat'], ['हनुमान', 'hanuman'], ['कृष्णा', 'krishna'],
    ['महालक्ष्मी', 'mahalakshmi'], ['जय अम्बे', 'jaiambe'], ['श्री श्याम', 'shrishyam'],
  ],
  trades: [
    ['ट्रेडर्स', 'traders', 'Trading'], ['टेक्सटाइल्स', 'textiles', 'Textiles'], ['एंटरप्राइजेज', 'enterprises', ''],
    ['स्टोर्स', 'stores', 'Retail'], ['इलेक्ट्रिकल्स', 'electricals', 'Electricals'], ['हार्डवेयर', 'hardware', 'Hardware'],
    ['ज्वेलर्स', 'jewellers', 'Jewellery'], ['मिष्ठान्न भंडार', 'mishthanbhandar', 'Sweets & Snacks'],
    ['किराना स्टोर', 'kiranastore', 'Grocery'], ['एजेंसीज़', 'agencies', 'Wholesale'], ['मोटर्स', 'motors', 'Automobile'],
    ['फार्मा', 'pharma', 'Pharmacy'], ['एंड संस', 'andsons', ''], ['ब्रदर्स', 'brothers', ''],
    ['इंडस्ट्रीज़', 'industries', 'Manufacturing'], ['वस्त्रालय', 'vastralaya', 'Textiles'],
  ],
};

export const TAMIL_COMPANY_WORDS: CompanyWords = {
  leads: [
    ['முருகன்', 'murugan'], ['ஸ்ரீ லட்சுமி', 'srilakshmi'], ['ஸ்ரீ விநாயகா', 'srivinayaga'], ['சரவணா', 'saravana'],
    ['மீனாட்சி', 'meenakshi'], ['கணபதி', 'ganapathi'], ['வேலவன்', 'velavan'], ['பாலாஜி', 'balaji'],
    ['காவேரி', 'kaveri'], ['செல்வம்', 'selvam'], ['ஜெயம்', 'jayam'], ['சக்தி', 'sakthi'],
    ['அண்ணாமலையார்', 'annamalaiyar'], ['ஸ்ரீ ரங்கா', 'sriranga'], ['பொன்னி', 'ponni'],
  ],
  trades: [
    ['ஸ்டோர்ஸ்', 'stores', 'Retail'], ['டிரேடர்ஸ்', 'traders', 'Trading'], ['டெக்ஸ்டைல்ஸ்', 'textiles', 'Textiles'],
    ['எண்டர்பிரைசஸ்', 'enterprises', ''], ['ஏஜென்சீஸ்', 'agencies', 'Wholesale'], ['எலக்ட்ரிகல்ஸ்', 'electricals', 'Electricals'],
    ['ஹார்டுவேர்ஸ்', 'hardwares', 'Hardware'], ['ஜுவல்லர்ஸ்', 'jewellers', 'Jewellery'], ['ஸ்வீட்ஸ்', 'sweets', 'Sweets & Snacks'],
    ['மெடிக்கல்ஸ்', 'medicals', 'Pharmacy'], ['மோட்டார்ஸ்', 'motors', 'Automobile'], ['அண்ட் சன்ஸ்', 'andsons', ''],
    ['பிரதர்ஸ்', 'brothers', ''], ['இண்டஸ்ட்ரீஸ்', 'industries', 'Manufacturing'], ['சில்க்ஸ்', 'silks', 'Textiles'],
    ['பவன்', 'bhavan', 'Restaurant'],
  ],
};
