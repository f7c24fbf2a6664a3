import type { Random } from './random';

/**
 * Names for the sample data. Coordinators and funders judge a demo by whether the people
 * in it look like the people they work with, and testers need the awkward cases (accents,
 * Welsh patronymics, hyphens, two-word given names, long names) to be there from the start.
 */

export type Gender = 'f' | 'm' | 'x';

export const HERITAGE_GROUPS = [
  'english',
  'welsh',
  'scottish',
  'irish',
  'south-asian',
  'african',
  'caribbean',
  'east-european',
  'east-asian',
  'european',
  'middle-eastern',
] as const;
export type HeritageGroup = (typeof HERITAGE_GROUPS)[number];

/** A plain surname, or [masculine, feminine] where the language inflects it (Kowalski/Kowalska). */
export type Surname = string | readonly [masculine: string, feminine: string];

export interface NameOrigin {
  id: string;
  group: HeritageGroup;
  female: readonly string[];
  male: readonly string[];
  /** Names people of any gender use; non-binary people otherwise draw from a general list. */
  neutral?: readonly string[];
  surnames: readonly Surname[];
  /** Long or unusual surnames: worth having for testing layouts, odd if they are common. */
  rareSurnames?: readonly Surname[];
  /** Languages besides English and how often someone from this background lists each. */
  languages: readonly (readonly [language: string, probability: number])[];
  /** English names people go by alongside their given name (common in Hong Kong families). */
  adoptedNames?: { female: readonly string[]; male: readonly string[]; probability: number };
  /** Two-word given names where people go by the last word ("Thị Lan" → "Lan"). */
  preferLastWord?: number;
}

const GENERAL_NEUTRAL = ['Alex', 'Sam', 'Charlie', 'Jo', 'Robin', 'Jamie', 'Rowan', 'Kit', 'Ash', 'Morgan', 'Frankie', 'Sasha', 'Kai', 'Quinn', 'River'];

export const NAME_ORIGINS: readonly NameOrigin[] = [
  {
    id: 'english',
    group: 'english',
    female: [
      'Margaret', 'Susan', 'Patricia', 'Elizabeth', 'Catherine', 'Sarah', 'Emma', 'Rachel', 'Helen', 'Karen',
      'Julie', 'Joanne', 'Claire', 'Gemma', 'Hannah', 'Laura', 'Jessica', 'Sophie', 'Lucy', 'Charlotte',
      'Amy', 'Rebecca', 'Victoria', 'Jennifer', 'Deborah', 'Christine', 'Janet', 'Pauline', 'Brenda', 'Sandra',
      'Maureen', 'Jean', 'Valerie', 'Lesley', 'Alison', 'Nicola', 'Kelly', 'Stacey', 'Chloé', 'Zoë',
      'Renée', 'Beatrice', 'Phoebe', 'Imogen', 'Freya', 'Poppy', 'Ellie', 'Abigail', 'Dorothy', 'Gillian',
      'Wendy', 'Carol', 'Samantha', 'Alexandra', 'Kathleen', 'Shirley', 'Joan', 'Jacqueline', 'Tracey', 'Michelle',
    ],
    male: [
      'John', 'David', 'Michael', 'Peter', 'Paul', 'Stephen', 'Robert', 'Richard', 'Andrew', 'Mark',
      'Christopher', 'Anthony', 'William', 'James', 'Thomas', 'Daniel', 'Matthew', 'Jonathan', 'Nicholas', 'Edward',
      'Gary', 'Kevin', 'Darren', 'Lee', 'Craig', 'Barry', 'Keith', 'Graham', 'Trevor', 'Derek',
      'Ian', 'Alan', 'Colin', 'Nigel', 'Martin', 'Simon', 'Ben', 'Jack', 'Harry', 'Oliver',
      'Joe', 'Luke', 'Philip', 'Geoffrey', 'Raymond', 'Terence', 'Neil', 'Adam', 'Joshua', 'Ryan',
    ],
    neutral: GENERAL_NEUTRAL,
    surnames: [
      'Smith', 'Taylor', 'Brown', 'Wilson', 'Johnson', 'Wright', 'Walker', 'Robinson', 'Thompson', 'White',
      'Green', 'Hall', 'Wood', 'Harris', 'Clarke', 'Jackson', 'Turner', 'Hill', 'Moore', 'Cooper',
      'Ward', 'Baker', 'Shaw', 'Holmes', 'Marsh', 'Fletcher', 'Barker', 'Hirst', 'Crookes', 'Staniforth',
      'Bramall', 'Sykes', 'Broadhead', 'Hepworth', 'Oldfield', 'Ackroyd', 'Greaves', 'Wragg', 'Ashworth', 'Butterworth',
      'Pemberton', 'Whitehead', 'Pickering', 'Marshall', 'Parkin', 'Bradshaw', 'Hobson', 'Sanderson', 'Beaumont', 'Hague',
      'Cartwright', 'Pearson', 'Atkinson', 'Chapman', 'Mitchell', 'Kemp', 'Lockwood', 'Sharpe', 'Dawson', 'Booth',
    ],
    rareSurnames: ['Fotheringham-Whitworth', 'Featherstonehaugh', 'Postlethwaite-Ackroyd'],
    languages: [],
  },
  {
    id: 'welsh',
    group: 'welsh',
    female: [
      'Siân', 'Angharad', 'Cerys', 'Nia', 'Ffion', 'Eleri', 'Gwenllian', 'Bethan', 'Rhiannon', 'Carys',
      'Lowri', 'Manon', 'Mererid', 'Heledd', 'Seren', 'Elin', 'Mair', 'Glenys', 'Myfanwy', 'Catrin',
    ],
    male: [
      'Llŷr', 'Dafydd', 'Rhys', 'Gruffudd', 'Iwan', 'Emyr', 'Gareth', 'Huw', 'Aled', 'Owain',
      'Geraint', 'Iestyn', 'Dylan', 'Gethin', 'Idris', 'Bryn', 'Llywelyn', 'Tomos', 'Ioan', 'Rhodri',
    ],
    surnames: [
      'Jones', 'Davies', 'Williams', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Lewis', 'Morgan', 'Griffiths',
      'Owen', 'Pritchard', 'Llewelyn', 'Pugh', 'Vaughan', 'Prys', 'Parry', 'Powell', 'Bowen', 'Rees',
      'Jenkins', 'Bevan', 'Wyn', 'Hywel', 'Jones-Evans',
      ['ap Gruffudd', 'ferch Gruffudd'], ['ap Iorwerth', 'ferch Iorwerth'], ['ap Rhys', 'ferch Rhys'],
    ],
    languages: [['Welsh', 0.7]],
  },
  {
    id: 'scottish',
    group: 'scottish',
    female: ['Morag', 'Isla', 'Eilidh', 'Catriona', 'Mhairi', 'Kirsty', 'Fiona', 'Ailsa', 'Shona', 'Iona', 'Morven', 'Kirsteen'],
    male: ['Hamish', 'Callum', 'Ruaridh', 'Alasdair', 'Euan', 'Fraser', 'Angus', 'Lachlan', 'Iain', 'Murdo', 'Calum', 'Finlay'],
    surnames: [
      'MacLeod', 'MacDonald', 'Campbell', 'Stewart', 'Fraser', 'Robertson', 'McAllister', 'Mackenzie', 'Sutherland', 'Munro',
      'Buchanan', 'Cameron', 'McIntyre', 'Kerr', 'Ferguson', 'MacKinnon', 'Urquhart', 'Drummond',
    ],
    languages: [['Scottish Gaelic', 0.08]],
  },
  {
    id: 'irish',
    group: 'irish',
    female: ['Siobhán', 'Aoife', 'Niamh', 'Róisín', 'Caoimhe', 'Orla', 'Saoirse', 'Bríd', 'Máire', 'Sinéad', 'Clodagh', 'Gráinne', 'Deirdre', 'Maeve', 'Áine'],
    male: ['Seán', 'Ciarán', 'Pádraig', 'Eoin', 'Oisín', 'Cathal', 'Colm', 'Declan', 'Dónal', 'Fergal', 'Niall', 'Tadhg', 'Liam', 'Conor', 'Diarmuid'],
    surnames: [
      "O'Brien", 'Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan', "O'Connor", 'Doyle', 'McCarthy',
      'Gallagher', 'Quinn', 'Brennan', 'Kavanagh', 'Fitzgerald', 'Ó Súilleabháin', ['Ó Briain', 'Ní Bhriain'],
    ],
    rareSurnames: ['Mac Giolla Phádraig'],
    languages: [['Irish', 0.1]],
  },
  {
    id: 'pakistani',
    group: 'south-asian',
    female: ['Ayesha', 'Fatima', 'Saima', 'Nazia', 'Shabana', 'Rubina', 'Samina', 'Bushra', 'Amina', 'Zainab', 'Maryam', 'Hina', 'Sadia', 'Nasreen'],
    male: ['Mohammed', 'Muhammad', 'Imran', 'Tariq', 'Asif', 'Khalid', 'Zahid', 'Arif', 'Shahid', 'Bilal', 'Usman', 'Adnan', 'Kamran', 'Nadeem'],
    surnames: ['Iqbal', 'Hussain', 'Khan', 'Ahmed', 'Akhtar', 'Mahmood', 'Butt', 'Shah', 'Rashid', 'Ali', 'Malik', 'Chaudhry', 'Aslam', 'Javed', 'Rehman', 'Qureshi', 'Siddiqui', 'Anwar'],
    languages: [['Urdu', 0.6], ['Punjabi', 0.45], ['Pahari-Pothwari', 0.15]],
  },
  {
    id: 'sikh-punjabi',
    group: 'south-asian',
    female: ['Harpreet', 'Manpreet', 'Gurpreet', 'Jaspreet', 'Sukhvinder', 'Balwinder', 'Rajinder', 'Simran', 'Amrit', 'Navdeep'],
    male: ['Harjit', 'Gurdeep', 'Jaswinder', 'Sukhdev', 'Kuldip', 'Amarjit', 'Ranjit', 'Parminder', 'Manjit', 'Davinder'],
    surnames: [['Singh', 'Kaur'], ['Singh', 'Kaur'], ['Singh', 'Kaur'], 'Sandhu', 'Gill', 'Dhillon', 'Sidhu', 'Grewal', 'Bains', 'Johal'],
    languages: [['Punjabi', 0.8], ['Hindi', 0.2]],
  },
  {
    id: 'indian',
    group: 'south-asian',
    female: ['Priya', 'Anjali', 'Sunita', 'Meena', 'Deepa', 'Kavita', 'Nisha', 'Pooja', 'Lakshmi', 'Hema', 'Rekha', 'Shreya'],
    male: ['Rajesh', 'Sanjay', 'Vikram', 'Arjun', 'Amit', 'Ravi', 'Suresh', 'Anil', 'Nikhil', 'Rohan', 'Deepak', 'Vijay'],
    surnames: ['Sharma', 'Patel', 'Shah', 'Mistry', 'Gupta', 'Kumar', 'Joshi', 'Desai', 'Mehta', 'Chauhan', 'Parmar', 'Nair', 'Iyer', 'Krishnan', 'Venkataraghavan'],
    languages: [['Gujarati', 0.35], ['Hindi', 0.4], ['Malayalam', 0.05]],
  },
  {
    id: 'bangladeshi',
    group: 'south-asian',
    female: ['Nusrat', 'Rahima', 'Shirin', 'Farzana', 'Taslima', 'Shamima', 'Rumana', 'Jahanara'],
    male: ['Abdul', 'Rafiq', 'Jamal', 'Shafiq', 'Mizanur', 'Anwar', 'Faruk', 'Shahed'],
    surnames: [['Miah', 'Begum'], 'Rahman', 'Uddin', 'Islam', 'Chowdhury', 'Hoque', 'Ahmed', 'Alam'],
    languages: [['Bengali', 0.6], ['Sylheti', 0.4]],
  },
  {
    id: 'tamil',
    group: 'south-asian',
    female: ['Tharshini', 'Kavitha', 'Vasanthi', 'Nirmala', 'Shanthi', 'Thulasi'],
    male: ['Kumaran', 'Tharshan', 'Rajan', 'Sivakumar', 'Prakash', 'Mathivanan'],
    surnames: ['Sivapalan', 'Rajaratnam', 'Thevarajah', 'Balasubramaniam', 'Nadarajah', 'Srinivasaraghavan'],
    languages: [['Tamil', 0.85]],
  },
  {
    id: 'yoruba',
    group: 'african',
    female: ['Abimbola', 'Olufunmilayo', 'Oluwaseun', 'Folake', 'Yetunde', 'Adebola', 'Titilayo', 'Omolara', 'Oluwatobiloba'],
    male: ['Babatunde', 'Olumide', 'Adewale', 'Oluwafemi', 'Kayode', 'Segun', 'Ayodele', 'Oluwadamilare'],
    neutral: ['Oluwaseun', 'Ayodele', 'Temitope'],
    surnames: ['Adeyemi', 'Adebayo', 'Ogunleye', 'Olatunji', 'Oladipo', 'Bakare', 'Afolabi', 'Ogunbiyi'],
    rareSurnames: ['Adeyemi-Olatunji'],
    languages: [['Yoruba', 0.5]],
  },
  {
    id: 'igbo',
    group: 'african',
    female: ['Chidinma', 'Ngozi', 'Nkechi', 'Chiamaka', 'Adaeze', 'Obiageli', 'Ifeoma', 'Uchechi'],
    male: ['Chukwuemeka', 'Obinna', 'Ikenna', 'Chinedu', 'Emeka', 'Nnamdi', 'Uchenna', 'Ifeanyi'],
    surnames: ['Okonkwo', 'Okafor', 'Nwosu', 'Eze', 'Okeke', 'Nwachukwu', 'Obi', 'Okoro', 'Onyeka'],
    languages: [['Igbo', 0.5]],
  },
  {
    id: 'ghanaian',
    group: 'african',
    female: ['Akosua', 'Ama', 'Abena', 'Efua', 'Adwoa', 'Yaa', 'Afua', 'Esi'],
    male: ['Kwame', 'Kofi', 'Kwabena', 'Kwaku', 'Yaw', 'Kojo', 'Kwesi', 'Kweku'],
    surnames: ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Agyeman', 'Appiah', 'Darko', 'Ofori', 'Amoah'],
    languages: [['Twi', 0.5], ['Ga', 0.1]],
  },
  {
    id: 'somali',
    group: 'african',
    female: ['Hodan', 'Ayaan', 'Fadumo', 'Hibo', 'Sahra', 'Amran', 'Khadra', 'Nimco'],
    male: ['Abdirahman', 'Abdullahi', 'Mahad', 'Mohamed', 'Hassan', 'Liban', 'Abdikarim', 'Yusuf'],
    surnames: ['Abdi', 'Ali', 'Hassan', 'Farah', 'Mohamed', 'Osman', 'Warsame', 'Jama', 'Ismail', 'Aden'],
    languages: [['Somali', 0.85], ['Arabic', 0.2]],
  },
  {
    id: 'zimbabwean',
    group: 'african',
    female: ['Tendai', 'Rutendo', 'Chipo', 'Nyasha', 'Thandiwe', 'Nomvula'],
    male: ['Tatenda', 'Farai', 'Tinashe', 'Sipho', 'Themba', 'Tafadzwa'],
    neutral: ['Tendai', 'Nyasha', 'Farai'],
    surnames: ['Moyo', 'Ncube', 'Dube', 'Chikwanha', 'Mutasa', 'Nkosi', 'Sibanda'],
    languages: [['Shona', 0.5], ['Ndebele', 0.15]],
  },
  {
    id: 'congolese',
    group: 'african',
    female: ['Grâce', 'Merveille', 'Chantal', 'Béatrice', 'Espérance'],
    male: ['Jean-Claude', 'Patrick', 'Didier', 'Théophile', 'Jean-Pierre'],
    surnames: ['Mbuyi', 'Kabongo', 'Tshimanga', 'Lukusa', 'Ilunga', 'Mukendi'],
    languages: [['French', 0.8], ['Lingala', 0.5]],
  },
  {
    id: 'eritrean',
    group: 'african',
    female: ['Senait', 'Selam', 'Ruta', 'Saba', 'Luwam'],
    male: ['Yonas', 'Dawit', 'Habtom', 'Tesfay', 'Filmon'],
    surnames: ['Tesfaye', 'Ghebremedhin', 'Haile', 'Berhane', 'Gebreyesus', 'Kidane'],
    languages: [['Tigrinya', 0.8], ['Arabic', 0.1]],
  },
  {
    id: 'caribbean',
    group: 'caribbean',
    female: ['Marcia', 'Paulette', 'Beverley', 'Hyacinth', 'Claudette', 'Yvonne', 'Sonia', 'Jacqueline', 'Andrea', 'Shanice', 'Tanisha', 'Kerry-Ann', 'Precious', 'Gloria'],
    male: ['Winston', 'Delroy', 'Clive', 'Leroy', 'Errol', 'Lloyd', 'Desmond', 'Carlton', 'Tyrone', 'Marcus', 'Jermaine', 'Devon', 'Everton', 'Courtney'],
    neutral: ['Courtney', 'Jordan', 'Kai'],
    surnames: [
      'Campbell', 'Brown', 'Williams', 'Grant', 'Francis', 'Clarke', 'Reid', 'Robinson', 'McKenzie', 'Bailey',
      'Thompson', 'Gordon', 'Henry', 'Edwards', 'Stewart', 'Forbes', 'Bennett', 'Samuels', 'Blackwood',
    ],
    rareSurnames: ['Montgomery-Fitzgerald'],
    languages: [['Jamaican Patois', 0.08]],
  },
  {
    id: 'polish',
    group: 'east-european',
    female: ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Aleksandra', 'Magdalena', 'Joanna', 'Ewa', 'Anna', 'Zofia', 'Marta', 'Dorota', 'Żaneta', 'Beata'],
    male: ['Łukasz', 'Wojciech', 'Piotr', 'Tomasz', 'Paweł', 'Krzysztof', 'Marcin', 'Jarosław', 'Grzegorz', 'Michał', 'Kamil', 'Bartłomiej'],
    surnames: [
      'Wróbel', 'Kowalczyk', 'Nowak', 'Wójcik', 'Kaczmarek', 'Mazur', 'Krawczyk',
      ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'],
      ['Kamiński', 'Kamińska'], ['Szymański', 'Szymańska'], ['Dąbrowski', 'Dąbrowska'], ['Jabłoński', 'Jabłońska'],
    ],
    rareSurnames: [['Wojciechowski-Szczepański', 'Wojciechowska-Szczepańska']],
    languages: [['Polish', 0.9]],
  },
  {
    id: 'slovak-czech',
    group: 'east-european',
    female: ['Zuzana', 'Jana', 'Mária', 'Petra', 'Lucia', 'Veronika', 'Eva', 'Kateřina', 'Tereza'],
    male: ['Ján', 'Peter', 'Marek', 'Tomáš', 'Michal', 'Jozef', 'Lukáš', 'Ondřej', 'Miroslav'],
    surnames: [
      ['Horváth', 'Horváthová'], ['Kováč', 'Kováčová'], ['Novák', 'Nováková'], ['Balog', 'Balogová'],
      ['Dvořák', 'Dvořáková'], ['Svoboda', 'Svobodová'], ['Gunár', 'Gunárová'], ['Červenák', 'Červenáková'],
    ],
    languages: [['Slovak', 0.6], ['Czech', 0.2], ['Romani', 0.2]],
  },
  {
    id: 'romanian',
    group: 'east-european',
    female: ['Ioana', 'Andreea', 'Elena', 'Mihaela', 'Alina', 'Cristina', 'Ana-Maria', 'Loredana', 'Ștefania'],
    male: ['Ionuț', 'Andrei', 'Mihai', 'Alexandru', 'Florin', 'Bogdan', 'Cătălin', 'Răzvan', 'Ștefan', 'Gheorghe'],
    surnames: ['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Constantin', 'Munteanu', 'Stoica', 'Mureșan', 'Rădulescu', 'Țurcan'],
    languages: [['Romanian', 0.9]],
  },
  {
    id: 'hungarian',
    group: 'east-european',
    female: ['Zsófia', 'Katalin', 'Erzsébet', 'Ágnes', 'Réka', 'Eszter', 'Krisztina'],
    male: ['Zoltán', 'László', 'Gábor', 'István', 'Attila', 'Péter', 'Balázs', 'Tamás'],
    surnames: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas'],
    languages: [['Hungarian', 0.9]],
  },
  {
    id: 'lithuanian',
    group: 'east-european',
    female: ['Rūta', 'Aušra', 'Ieva', 'Jurgita', 'Inga', 'Gintarė'],
    male: ['Mindaugas', 'Tomas', 'Darius', 'Jonas', 'Andrius', 'Žilvinas'],
    surnames: [['Kazlauskas', 'Kazlauskienė'], ['Petrauskas', 'Petrauskienė'], ['Jankauskas', 'Jankauskienė'], ['Vasiliauskas', 'Vasiliauskienė']],
    languages: [['Lithuanian', 0.9], ['Russian', 0.3]],
  },
  {
    id: 'ukrainian',
    group: 'east-european',
    female: ['Olena', 'Iryna', 'Oksana', 'Nataliia', 'Tetiana', 'Yuliia'],
    male: ['Oleksandr', 'Andrii', 'Dmytro', 'Serhii', 'Volodymyr', 'Mykola'],
    surnames: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Koval'],
    languages: [['Ukrainian', 0.9], ['Russian', 0.4]],
  },
  {
    id: 'hong-kong',
    group: 'east-asian',
    female: ['Ka Yan', 'Wing Sze', 'Mei Ling', 'Suk Yee', 'Hoi Yan', 'Lai Fong'],
    male: ['Chi Keung', 'Siu Ming', 'Kwok Wai', 'Ka Ho', 'Wai Lun', 'Chun Kit'],
    surnames: ['Chan', 'Wong', 'Cheung', 'Lee', 'Lau', 'Ng', 'Leung', 'Ho', 'Yeung', 'Tang'],
    languages: [['Cantonese', 0.9], ['Mandarin', 0.2]],
    adoptedNames: {
      female: ['Karen', 'Winnie', 'Grace', 'Joyce', 'Vivian', 'Cathy', 'Fiona'],
      male: ['Kenny', 'Simon', 'Alan', 'Eric', 'Raymond', 'Tony', 'Jason'],
      probability: 0.5,
    },
  },
  {
    id: 'chinese',
    group: 'east-asian',
    female: ['Li Na', 'Xiaoling', 'Jing', 'Mei', 'Yan', 'Hui'],
    male: ['Wei', 'Jun', 'Hao', 'Xiaoming', 'Jian', 'Lei'],
    surnames: ['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Zhou', 'Huang', 'Lin', 'Zhao', 'Wu'],
    languages: [['Mandarin', 0.95]],
  },
  {
    id: 'vietnamese',
    group: 'east-asian',
    female: ['Thị Lan', 'Thu Trang', 'Ngọc Anh', 'Thị Hương', 'Minh Thư', 'Thanh Hà'],
    male: ['Văn Minh', 'Đức Anh', 'Quang Huy', 'Văn Hùng', 'Minh Tuấn', 'Thành Long'],
    surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'],
    languages: [['Vietnamese', 0.9]],
    preferLastWord: 0.5,
  },
  {
    id: 'filipino',
    group: 'east-asian',
    female: ['Maricel', 'Jocelyn', 'Rowena', 'Maria Cristina', 'Lorna'],
    male: ['Rommel', 'Arnel', 'Jose Mari', 'Ramon', 'Edgardo'],
    surnames: ['Santos', 'Reyes', 'dela Cruz', 'Bautista', 'Mendoza', 'Villanueva'],
    languages: [['Tagalog', 0.7]],
  },
  {
    id: 'french',
    group: 'european',
    female: ['Chloé', 'Amélie', 'Élodie', 'Hélène', 'Céline', 'Margaux'],
    male: ['Jérôme', 'François', 'Stéphane', 'Benoît', 'Théo'],
    surnames: ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Bonnet', 'Rousseau'],
    languages: [['French', 0.9]],
  },
  {
    id: 'spanish',
    group: 'european',
    female: ['Lucía', 'María José', 'Begoña', 'Inés', 'Pilar', 'Nuria'],
    male: ['José', 'Jesús', 'Álvaro', 'Íñigo', 'Andrés', 'Sergio'],
    surnames: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Muñoz', 'Gómez'],
    languages: [['Spanish', 0.9]],
  },
  {
    id: 'portuguese',
    group: 'european',
    female: ['Maria Fernanda', 'Inês', 'Conceição', 'Joana', 'Beatriz'],
    male: ['João', 'José', 'Gonçalo', 'Tiago', 'Rui'],
    surnames: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Gonçalves'],
    rareSurnames: ['dos Santos Oliveira'],
    languages: [['Portuguese', 0.9]],
  },
  {
    id: 'italian',
    group: 'european',
    female: ['Giulia', 'Francesca', 'Chiara', 'Rosaria'],
    male: ['Giuseppe', 'Luca', 'Marco', 'Niccolò'],
    surnames: ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Ricci', 'De Luca'],
    languages: [['Italian', 0.85]],
  },
  {
    id: 'greek-cypriot',
    group: 'european',
    female: ['Eleni', 'Despina', 'Androulla', 'Georgia'],
    male: ['Giorgos', 'Andreas', 'Christos', 'Panayiotis'],
    surnames: ['Georgiou', 'Constantinou', 'Papadopoulos', 'Christodoulou'],
    languages: [['Greek', 0.8]],
  },
  {
    id: 'turkish',
    group: 'european',
    female: ['Ayşe', 'Elif', 'Zeynep', 'Gülşen'],
    male: ['Mehmet', 'Mustafa', 'Emre', 'Hüseyin'],
    surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'],
    languages: [['Turkish', 0.85]],
  },
  {
    id: 'german',
    group: 'european',
    female: ['Ursula', 'Gisela', 'Anke', 'Jördis'],
    male: ['Jürgen', 'Dieter', 'Matthias', 'Jörg'],
    surnames: ['Müller', 'Schäfer', 'Weiß', 'Krüger', 'Becker'],
    languages: [['German', 0.8]],
  },
  {
    id: 'yemeni',
    group: 'middle-eastern',
    female: ['Amal', 'Huda', 'Nour', 'Samira', 'Fatima'],
    male: ['Abdullah', 'Ahmed', 'Saleh', 'Nasser', 'Ali'],
    surnames: ['Al-Hakimi', 'Saleh', 'Al-Sabri', 'Nagi', 'Ghaleb', 'Mothana'],
    languages: [['Arabic', 0.9]],
  },
  {
    id: 'kurdish',
    group: 'middle-eastern',
    female: ['Shilan', 'Roza', 'Dilan', 'Berivan'],
    male: ['Karwan', 'Rebwar', 'Hemin', 'Dilshad'],
    surnames: ['Ahmed', 'Rashid', 'Karim', 'Aziz', 'Mahmud'],
    languages: [['Kurdish (Sorani)', 0.8], ['Arabic', 0.2], ['Farsi', 0.1]],
  },
  {
    id: 'iranian',
    group: 'middle-eastern',
    female: ['Shirin', 'Parisa', 'Leila', 'Niloufar', 'Maryam'],
    male: ['Reza', 'Amir', 'Dariush', 'Kourosh', 'Mehdi'],
    surnames: ['Hosseini', 'Rezaei', 'Mohammadi', 'Karimi', 'Ahmadi', 'Jafari'],
    languages: [['Farsi', 0.9]],
  },
  {
    id: 'syrian',
    group: 'middle-eastern',
    female: ['Rania', 'Lina', 'Hala', 'Dima'],
    male: ['Omar', 'Khaled', 'Samer', 'Yousef'],
    surnames: ['Al-Khatib', 'Haddad', 'Al-Masri', 'Hamdan', 'Nasser'],
    languages: [['Arabic', 0.95]],
  },
];

const ORIGINS_BY_ID = new Map(NAME_ORIGINS.map((o) => [o.id, o]));

export function nameOrigin(id: string): NameOrigin {
  const origin = ORIGINS_BY_ID.get(id);
  if (!origin) throw new Error(`Unknown name origin "${id}"`);
  return origin;
}

/** Shortened forms people ask to be called; only a share of people with these names use one. */
const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  Elizabeth: ['Liz', 'Beth', 'Libby'],
  Margaret: ['Maggie', 'Peggy', 'Meg'],
  Catherine: ['Kate', 'Cath'],
  Patricia: ['Pat', 'Trish'],
  Susan: ['Sue'],
  Jennifer: ['Jen', 'Jenny'],
  Deborah: ['Debbie', 'Deb'],
  Christine: ['Chris'],
  Rebecca: ['Becky', 'Becca'],
  Victoria: ['Vicky', 'Tori'],
  Alexandra: ['Alex', 'Sasha'],
  Samantha: ['Sam'],
  Dorothy: ['Dot'],
  Kathleen: ['Kath'],
  Jacqueline: ['Jackie'],
  Gillian: ['Gill'],
  Abigail: ['Abby'],
  William: ['Bill', 'Will'],
  Robert: ['Bob', 'Rob'],
  Richard: ['Rich'],
  Michael: ['Mike', 'Mick'],
  Christopher: ['Chris'],
  Anthony: ['Tony'],
  Stephen: ['Steve'],
  Nicholas: ['Nick'],
  James: ['Jim', 'Jamie'],
  Thomas: ['Tom'],
  Jonathan: ['Jon'],
  Daniel: ['Dan'],
  Edward: ['Ted', 'Eddie'],
  Terence: ['Terry'],
  Geoffrey: ['Geoff'],
  Gwenllian: ['Gwen'],
  Llywelyn: ['Llew'],
  Dafydd: ['Dai'],
  Mohammed: ['Mo'],
  Muhammad: ['Mo'],
  Oluwaseun: ['Seun'],
  Oluwatobiloba: ['Tobi'],
  Oluwadamilare: ['Dami'],
  Abimbola: ['Bola'],
  Olufunmilayo: ['Funmi'],
  Oluwafemi: ['Femi'],
  Babatunde: ['Tunde'],
  Chidinma: ['Dinma'],
  Chukwuemeka: ['Emeka'],
  Aleksandra: ['Ola'],
  'Małgorzata': ['Gosia'],
  Katarzyna: ['Kasia'],
  Wojciech: ['Wojtek'],
  'Jarosław': ['Jarek'],
  'Zsófia': ['Zsófi'],
  Abdirahman: ['Abdi'],
  'Ana-Maria': ['Ana'],
  'Jean-Claude': ['JC'],
  Alexandru: ['Alex'],
  Oleksandr: ['Sasha'],
};

export interface PersonName {
  firstName: string;
  lastName: string;
  preferredName?: string;
}

function surnameFor(random: Random, origin: NameOrigin, gender: Gender): string {
  const s = origin.rareSurnames && random.chance(0.03) ? random.pick(origin.rareSurnames) : random.pick(origin.surnames);
  if (typeof s === 'string') return s;
  if (gender === 'm') return s[0];
  if (gender === 'f') return s[1];
  return random.chance(0.5) ? s[0] : s[1];
}

function givenNameFor(random: Random, origin: NameOrigin, gender: Gender): string {
  if (gender === 'f') return random.pick(origin.female);
  if (gender === 'm') return random.pick(origin.male);
  if (origin.neutral) return random.pick(origin.neutral);
  return random.chance(0.5) ? random.pick(GENERAL_NEUTRAL) : random.pick(random.chance(0.5) ? origin.female : origin.male);
}

export interface NameOptions {
  /** Where the surname comes from when it differs from the given name's (marriage, mixed families). */
  surnameOrigin?: NameOrigin;
  /** Adds a second surname with a hyphen ("Okafor-Smith"). */
  hyphenWith?: NameOrigin;
}

export function makeName(random: Random, origin: NameOrigin, gender: Gender, options: NameOptions = {}): PersonName {
  const firstName = givenNameFor(random, origin, gender);
  let lastName = surnameFor(random, options.surnameOrigin ?? origin, gender);
  if (options.hyphenWith) {
    const second = surnameFor(random, options.hyphenWith, gender);
    // Patronymics, particles and already-double names do not take a second barrel.
    if (second !== lastName && !/[-\s]/.test(lastName) && !/[-\s]/.test(second)) lastName = `${lastName}-${second}`;
  }
  const name: PersonName = { firstName, lastName };
  const preferred = preferredNameFor(random, origin, gender, firstName);
  if (preferred !== undefined && preferred !== firstName) name.preferredName = preferred;
  return name;
}

function preferredNameFor(random: Random, origin: NameOrigin, gender: Gender, firstName: string): string | undefined {
  const adopted = origin.adoptedNames;
  if (adopted && gender !== 'x' && random.chance(adopted.probability)) {
    return random.pick(gender === 'f' ? adopted.female : adopted.male);
  }
  if (origin.preferLastWord !== undefined && firstName.includes(' ') && random.chance(origin.preferLastWord)) {
    return firstName.slice(firstName.lastIndexOf(' ') + 1);
  }
  const nicknames = NICKNAMES[firstName];
  if (nicknames && random.chance(0.45)) return random.pick(nicknames);
  return undefined;
}

/** Lower-case ASCII for email addresses: "Łukasz Wróbel" → "lukasz", "wrobel". */
export function asciiFold(text: string): string {
  if (/^[A-Za-z]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[ıİ]/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
