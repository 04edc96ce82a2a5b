// Hindi names in Devanagari, each with the ASCII spelling its owner would use in an email address.
import type { NameList } from './name-list';

export const DEVANAGARI_NAMES: NameList = {
  given: [
    ['प्रिया', 'priya'], ['अमित', 'amit'], ['राहुल', 'rahul'], ['अंजलि', 'anjali'], ['अर्जुन', 'arjun'],
    ['नेहा', 'neha'], ['विक्रम', 'vikram'], ['काव्या', 'kavya'], ['रोहन', 'rohan'], ['स्नेहा', 'sneha'],
    ['सुरेश', 'suresh'], ['लक्ष्मी', 'lakshmi'], ['रवि', 'ravi'], ['दीपा', 'deepa'], ['अरुण', 'arun'],
    ['दिव्या', 'divya'], ['संजय', 'sanjay'], ['पूजा', 'pooja'], ['राजेश', 'rajesh'], ['अनीता', 'anita'],
    ['विजय', 'vijay'], ['सुनीता', 'sunita'], ['मनोज', 'manoj'], ['गीता', 'geeta'], ['अनिल', 'anil'],
    ['किरण', 'kiran'], ['निखिल', 'nikhil'], ['श्रेया', 'shreya'], ['आदित्य', 'aditya'], ['ईशान', 'ishaan'],
    ['अनन्या', 'ananya'], ['आरव', 'aarav'], ['विवेक', 'vivek'], ['स्वाति', 'swati'], ['हरीश', 'harish'],
    ['गणेश', 'ganesh'], ['शालिनी', 'shalini'], ['प्रकाश', 'prakash'], ['नंदिनी', 'nandini'], ['मोहन', 'mohan'],
    ['सीता', 'sita'], ['श्याम', 'shyam'], ['राधा', 'radha'], ['गौरव', 'gaurav'], ['सौरभ', 'saurabh'],
    ['आकाश', 'akash'], ['आशा', 'asha'], ['उषा', 'usha'], ['ऋषि', 'rishi'], ['कमल', 'kamal'],
    ['कविता', 'kavita'], ['महेश', 'mahesh'], ['मीरा', 'meera'], ['नीलम', 'neelam'], ['पंकज', 'pankaj'],
    ['प्रवीण', 'praveen'], ['रीना', 'reena'], ['रेखा', 'rekha'], ['संदीप', 'sandeep'], ['सविता', 'savita'],
    ['सुमन', 'suman'], ['तरुण', 'tarun'], ['वंदना', 'vandana'], ['योगेश', 'yogesh'], ['अभिषेक', 'abhishek'],
    ['अंकित', 'ankit'], ['ज्योति', 'jyoti'], ['मनीषा', 'manisha'], ['रितु', 'ritu'], ['सचिन', 'sachin'],
    ['दिनेश', 'dinesh'], ['हेमा', 'hema'],
  ],
  family: [
    ['शर्मा', 'sharma'], ['वर्मा', 'verma'], ['गुप्ता', 'gupta'], ['सिंह', 'singh'], ['पटेल', 'patel'],
    ['मेहता', 'mehta'], ['जोशी', 'joshi'], ['मिश्रा', 'mishra'], ['पांडे', 'pandey'], ['तिवारी', 'tiwari'],
    ['यादव', 'yadav'], ['चौहान', 'chauhan'], ['अग्रवाल', 'agarwal'], ['मल्होत्रा', 'malhotra'], ['कपूर', 'kapoor'],
    ['चोपड़ा', 'chopra'], ['श्रीवास्तव', 'srivastava'], ['सक्सेना', 'saxena'], ['त्रिपाठी', 'tripathi'], ['दुबे', 'dubey'],
    ['चतुर्वेदी', 'chaturvedi'], ['द्विवेदी', 'dwivedi'], ['शुक्ला', 'shukla'], ['ठाकुर', 'thakur'], ['राठौर', 'rathore'],
    ['भाटिया', 'bhatia'], ['खन्ना', 'khanna'], ['सेठी', 'sethi'], ['बंसल', 'bansal'], ['गोयल', 'goyal'],
    ['जैन', 'jain'], ['अरोड़ा', 'arora'], ['कुमार', 'kumar'], ['प्रसाद', 'prasad'], ['रस्तोगी', 'rastogi'],
    ['व्यास', 'vyas'], ['दीक्षित', 'dixit'], ['बाजपेयी', 'bajpai'], ['पाठक', 'pathak'], ['उपाध्याय', 'upadhyay'],
    ['भारद्वाज', 'bharadwaj'], ['कश्यप', 'kashyap'], ['माथुर', 'mathur'], ['सिन्हा', 'sinha'], ['चौधरी', 'chaudhary'],
  ],
};
