// Names as Indian small businesses type them in English: mostly Indian from every region, some Western.
import { latinName, type NameList } from './name-list';

const given = [
  'Priya', 'Amit', 'Rahul', 'Anjali', 'Arjun', 'Neha', 'Vikram', 'Kavya', 'Rohan', 'Sneha',
  'Karthik', 'Meena', 'Suresh', 'Lakshmi', 'Ravi', 'Deepa', 'Arun', 'Divya', 'Sanjay', 'Pooja',
  'Rajesh', 'Anita', 'Vijay', 'Sunita', 'Manoj', 'Geeta', 'Anil', 'Kiran', 'Nikhil', 'Shreya',
  'Aditya', 'Ishaan', 'Ananya', 'Aarav', 'Vivek', 'Swati', 'Harish', 'Revathi', 'Ganesh', 'Shalini',
  'Prakash', 'Nandini', 'Venkat', 'Padma', 'Farhan', 'Ayesha', 'Imran', 'Zoya', 'Sameer', 'Fatima',
  'Gurpreet', 'Harpreet', 'Manpreet', 'Jaspreet', 'Sourav', 'Debjani', 'Arnab', 'Ritika', 'Tanvi', 'Siddharth',
  'Senthil', 'Bala', 'Ramesh', 'Gopal', 'Sachin', 'Varun', 'Pallavi', 'Madhuri', 'Rekha', 'Jyoti',
  'Joseph', 'Mary', 'Thomas', 'Anna', 'David', 'Sarah', 'Michael', 'Emily', 'John', 'Maria',
  'James', 'Elizabeth', 'Daniel', 'Grace', 'Peter', 'Rebecca', 'George', 'Sophia',
].map(latinName);

const family = [
  'Sharma', 'Verma', 'Gupta', 'Singh', 'Patel', 'Mehta', 'Iyer', 'Iyengar', 'Nair', 'Menon',
  'Reddy', 'Rao', 'Kumar', 'Krishnan', 'Subramaniam', 'Rajan', 'Pillai', 'Joshi', 'Kulkarni', 'Deshpande',
  'Chatterjee', 'Banerjee', 'Mukherjee', 'Das', 'Bose', 'Khan', 'Shaikh', 'Qureshi', 'Siddiqui', 'Ansari',
  'Fernandes', "D'Souza", 'Pereira', 'Agarwal', 'Malhotra', 'Kapoor', 'Chopra', 'Bhat', 'Shetty', 'Naidu',
  'Chauhan', 'Yadav', 'Mishra', 'Pandey', 'Tiwari', 'Gill', 'Sandhu', 'Dhillon', 'Jain', 'Shah',
  'Desai', 'Thakur', 'Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Mathew',
].map(latinName);

export const LATIN_NAMES: NameList = { given, family };
