// Tamil names in Tamil script, each with the ASCII spelling its owner would use in an email address.
import type { NameList } from './name-list';

export const TAMIL_NAMES: NameList = {
  given: [
    ['கார்த்திக்', 'karthik'], ['மீனா', 'meena'], ['முருகன்', 'murugan'], ['செந்தில்', 'senthil'], ['லட்சுமி', 'lakshmi'],
    ['பிரியா', 'priya'], ['அருண்', 'arun'], ['கவிதா', 'kavitha'], ['சுரேஷ்', 'suresh'], ['ரமேஷ்', 'ramesh'],
    ['கணேஷ்', 'ganesh'], ['விஜய்', 'vijay'], ['அஜித்', 'ajith'], ['சூர்யா', 'surya'], ['தமிழ்ச்செல்வி', 'tamilselvi'],
    ['செல்வம்', 'selvam'], ['சரவணன்', 'saravanan'], ['சுந்தர்', 'sundar'], ['ஆனந்த்', 'anand'], ['கீதா', 'geetha'],
    ['வித்யா', 'vidya'], ['தீபா', 'deepa'], ['ரேவதி', 'revathi'], ['பத்மா', 'padma'], ['சாந்தி', 'shanthi'],
    ['கமலா', 'kamala'], ['ஜெயா', 'jaya'], ['பிரகாஷ்', 'prakash'], ['மகேஷ்', 'mahesh'], ['வெங்கடேஷ்', 'venkatesh'],
    ['கிருஷ்ணன்', 'krishnan'], ['ராமன்', 'raman'], ['சிவா', 'siva'], ['சிவகுமார்', 'sivakumar'], ['அன்பு', 'anbu'],
    ['இளங்கோ', 'ilango'], ['கண்ணன்', 'kannan'], ['கோபால்', 'gopal'], ['தினேஷ்', 'dinesh'], ['ஹரிஷ்', 'harish'],
    ['நந்தினி', 'nandhini'], ['பவித்ரா', 'pavithra'], ['ஐஸ்வர்யா', 'aishwarya'], ['காவ்யா', 'kavya'], ['திவ்யா', 'divya'],
    ['சங்கீதா', 'sangeetha'], ['சுதா', 'sudha'], ['உமா', 'uma'], ['வள்ளி', 'valli'], ['அபிநயா', 'abinaya'],
    ['மோகன்', 'mohan'], ['ராஜேஷ்', 'rajesh'], ['பாண்டியன்', 'pandian'], ['குமார்', 'kumar'], ['விக்னேஷ்', 'vignesh'],
    ['அருள்', 'arul'], ['கலைச்செல்வி', 'kalaiselvi'], ['மணிமேகலை', 'manimegalai'], ['பூங்கொடி', 'poongodi'], ['ஜெயக்குமார்', 'jayakumar'],
    ['பாலா', 'bala'], ['வசந்தா', 'vasantha'], ['மாலா', 'mala'], ['மணி', 'mani'], ['இந்திரா', 'indira'],
    ['யமுனா', 'yamuna'], ['அனிதா', 'anitha'], ['ராஜா', 'raja'], ['சுமதி', 'sumathi'], ['பார்வதி', 'parvathi'],
    ['வேலு', 'velu'], ['முத்து', 'muthu'],
  ],
  family: [
    ['சுப்பிரமணியம்', 'subramaniam'], ['ராஜன்', 'rajan'], ['கிருஷ்ணமூர்த்தி', 'krishnamurthy'], ['வெங்கடேசன்', 'venkatesan'],
    ['நடராஜன்', 'natarajan'], ['சுந்தரம்', 'sundaram'], ['ராமசாமி', 'ramasamy'], ['பழனிசாமி', 'palanisamy'],
    ['கந்தசாமி', 'kandasamy'], ['முத்துசாமி', 'muthusamy'], ['பிள்ளை', 'pillai'], ['முதலியார்', 'mudaliar'],
    ['செட்டியார்', 'chettiar'], ['நாயுடு', 'naidu'], ['சீனிவாசன்', 'srinivasan'], ['ராஜேந்திரன்', 'rajendran'],
    ['சண்முகம்', 'shanmugam'], ['ஆறுமுகம்', 'arumugam'], ['அண்ணாமலை', 'annamalai'], ['ரங்கநாதன்', 'ranganathan'],
    ['கோவிந்தராஜன்', 'govindarajan'], ['ஜெயராமன்', 'jayaraman'], ['மணிகண்டன்', 'manikandan'], ['பாஸ்கரன்', 'baskaran'],
    ['துரைசாமி', 'duraisamy'], ['பெருமாள்', 'perumal'], ['முருகேசன்', 'murugesan'], ['ராமலிங்கம்', 'ramalingam'],
    ['சிதம்பரம்', 'chidambaram'], ['தியாகராஜன்', 'thiyagarajan'], ['கணேசன்', 'ganesan'], ['மாணிக்கம்', 'manickam'],
    ['சின்னசாமி', 'chinnasamy'], ['கருப்பசாமி', 'karuppasamy'], ['லோகநாதன்', 'loganathan'], ['விஸ்வநாதன்', 'viswanathan'],
    ['சுப்பையா', 'subbiah'], ['பாலகிருஷ்ணன்', 'balakrishnan'], ['ராதாகிருஷ்ணன்', 'radhakrishnan'], ['சேகர்', 'sekar'],
    ['ராமநாதன்', 'ramanathan'], ['வேலுசாமி', 'velusamy'],
  ],
};
