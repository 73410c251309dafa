import { words } from './word-list';

/**
 * Common first names of people who live in Dutch municipalities: Dutch and Frisian, and the names
 * most frequent among residents with Moroccan, Turkish, Surinamese, Antillean, Polish, Ukrainian,
 * Syrian, Eritrean and Somali roots. A first name only marks a name when a capitalised surname
 * follows, so names that are also ordinary capitalised words (Ben, Wil, April, Job, Lieve) are left out.
 */
const NAMES = `
Jan Johannes Hendrik Henk Cornelis Kees Willem Wim Pieter Piet Gerrit Gert Geert Johan Peter Paul
Marco Martin Mark Jeroen Dennis Erik Eric Frank Hans Rob Ron René Richard Robert Sander Stefan
Thomas Tim Tom Bart Bas Daan Sem Lucas Levi Finn Noah Luuk Milan Jesse Thijs Ruben Stijn Lars Max
Sven Niels Koen Joost Wouter Michiel Maarten Jasper Vincent Arjen Arjan Ruud Theo Bert Klaas Jaap
Joop Harm Dirk Frans Gijs Guus Hugo Jens Julian Kevin Mike Nick Patrick Rick Rik Roel Rutger Sjaak
Teun Twan Wessel Bram Sam Tijn Mees Jurre Olivier Jochem Jos Leo Ger Gerard Albert Anton Antoon
Adriaan Arie Bernard Cor Chris Christiaan Edwin Emiel Evert Ferdinand Fred Hein Herman Huib Jacob
Jacobus Jeffrey Jorn Jorrit Laurens Leon Lennart Marcel Martijn Mathijs Matthijs Maurice Menno
Michel Mitchell Nico Niek Pascal Pim Raymond Reinier Remco Rens Robin Roy Sebastiaan Siem Simon
Sjors Steven Ties Tobias Victor Wilco Yannick
Maria Anna Johanna Cornelia Elisabeth Wilhelmina Hendrika Petra Monique Sandra Linda Marieke Ingrid
Karin Esther Ellen Anja Marian Marianne Marja Saskia Wendy Kim Sanne Lisa Laura Anouk Femke Fleur
Emma Julia Sophie Tess Zoë Eva Lotte Lieke Noor Sara Sarah Iris Mila Nina Roos Yara Isa Jasmijn Floor
Ilse Inge Jolanda Yvonne Mirjam Annemarie Hanneke Marloes Manon Nicole Patricia Daphne Debora Judith
Annet Carla Els Ria Truus Gerda Ans Joke Riet Tineke Wilma Bea Dineke Janneke Rianne Ilona Anne
Annie Astrid Bianca Brenda Carolien Charlotte Chantal Claudia Diana Dianne Elise Eline Evelien
Gerdien Hester Jacqueline Jeanette Jessica Joyce Karlijn Kirsten Lianne Lisanne Loes Maaike Margriet
Marleen Martine Mieke Miranda Nathalie Renate Sabine Silvia Simone Sonja Suzanne Tamara Vera
Willemijn Yvette Amber Britt Demi Esmee Fenna Jet Maud Merel Olivia Puck Sterre Marit
Sjoerd Tjeerd Wietse Hylke Jelle Jelmer Sietse Douwe Durk Auke Tjalling Jouke Rienk Gerben Sybren
Wiebe Hidde Tjitske Sietske Froukje Baukje Geeske Aukje Janke Hiske Antje Trijntje Grietje Sjoukje
Fokje Jitske Marijke
Mohamed Mohammed Muhammad Mohammad Ahmed Ahmad Abdel Abdelkader Abdellah Abdullah Youssef Yousef
Karim Rachid Said Mustapha Mustafa Hamid Hassan Hicham Khalid Khaled Mounir Nordin Redouan Soufiane
Anouar Bilal Hamza Omar Imane Fatima Khadija Aicha Aïcha Naima Nadia Samira Malika Latifa Saida
Hafsa Salma Loubna Meryem Yasmina Hanan Ikram Houda Zineb Souad Nora Laila Layla Amina
Mehmet Ahmet Ali Hüseyin Huseyin Hasan İbrahim Ibrahim Murat Emre Yusuf Ömer Osman Ayşe Ayse Fatma
Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Derya Sevda Hülya
Ravi Anand Rajesh Sunita Shanti Priya Kiran Sharda Shirley Marlon Glenn Melvin Gerald Kenneth
Dwight Rudi Rodney Jurgen Naomi
Agnieszka Katarzyna Małgorzata Joanna Magdalena Monika Ewa Marta Piotr Tomasz Krzysztof Paweł
Marcin Michał Łukasz Jakub Andrzej Kamil Dariusz Ivan Olga Oksana Olena Iryna Natalia Svetlana
Dmytro Andriy Vasyl Mihai Elena
Mahmoud Rami Samer Ammar Yasser Hussein Rasha Rania Lina Nour Hiba Yonas Yohannes Semhar Senait
Selam Dawit Filmon Merhawi Helen Saba Abdi Abdirahman Hodan Farah Faisal Farid Zahra Mariam Maryam
Sadia
Gijsbert Hendrikus Gerardus Petrus Wilhelmus Antonius Theodorus Franciscus Adrianus Aart Abe Alle
Bauke Bouke Doeke Eelke Freerk Folkert Gosse Harmen Hessel Hindrik Hotse Idse Jelte Jilles Lieuwe
Lolke Minne Oebele Oene Reitse Rinse Roelof Rommert Sake Sipke Sjirk Taeke Tiede Ype Wiebren Aad
Arend Arno Bastiaan Benno Bob Boris Casper Cees Coen Corné Daniël Daniel David Dick Diederik Eddy
Egbert Elbert Emile Erwin Ferry Floris Gerjan Gertjan Govert Guido Harry Henri Henny Hennie Huub Ivo
Jack Jacco Jaco Jakob Jesper Joep Johnny Jonas Jordy Joris Jules Justin Karel Kars Koos Luc Maurits
Melle Merijn Mick Nathan Nils Otto Pepijn Quinten Ralph Rein Reinder Riemer Rinus Rolf Ronald Rogier
Rudolf Sietze Sjef Stan Sybrand Thom Tijmen Tjerk Tristan Valentijn Walter Wilbert Willy Wybren Xander
Youri Yuri
Aaltje Afke Akke Anneke Dieuwke Eelkje Geesje Gerrie Hinke Hiltje Jantsje Klaske Minke Nynke Pietsje
Rinske Wytske Ymkje Aafke Agnes Alida Anita Anke Annelies Annemiek Barbara Betty Caroline Cindy Coby
Conny Corrie Dorien Elly Erica Erna Geertje Greet Hanna Hannah Heleen Hilda Hilde Ina Irene Jannie
Jolien Klazina Lisette Lydia Margreet Margot Mariska Marjolein Marjan Maartje Mireille Nel Nelleke
Nienke Paula Rita Rosalie Sylvia Thea Tiny Wietske Willeke Yolanda
Aisha Aïsha Asma Ayoub Chaima Dounia Driss Fouad Hajar Ilham Ilias Imran Ismail Jamal Jamila Kaoutar
Karima Khalil Lamia Mehdi Mimoun Mina Mourad Nabil Najat Nassim Nawal Othman Rachida Reda Sanae Siham
Soufyan Tarik Touria Wafae Wassim Yassin Yassine Zakaria Zohra
Arda Aylin Berk Burak Cem Deniz Ebru Emel Emir Erkan Fadime Ferhat Gökhan Hakan Halil Kemal Kübra
Leyla Melek Metin Mert Nurten Orhan Ramazan Recep Selin Serkan Sibel Songül Tuba Volkan Yasemin Yunus
Anjali Chandra Dewi Ashwin Navin Prem Rishi Sanjay Soraya Sharon Sheila Cynthia Denise Jennifer
Melissa Natasha Romano Ricardo Jermaine Errol Orlando Edson Stanley
Aleksandra Beata Dorota Grzegorz Iwona Janusz Justyna Karolina Kasia Mariusz Mateusz Paulina Rafał
Sebastian Sylwia Wojciech Bogdan Nicolae Vasile Andrei Alexandru Ioana Daria Kateryna Yulia Tetiana
Viktor Oleksandr Serhii Volodymyr
Alaa Amer Anas Bashar Fadi Ghassan Hadi Haitham Hala Heba Majd Malak Mazen Moustafa Muhammed Nasser
Rawan Reem Safaa Sami Wael Zaid Zainab Abraham Berhane Biniam Efrem Eyob Feven Habtom Kidane Luwam
Mehari Mussie Robel Samuel Tekle Tesfaye Tsega Winta Yemane Ayaan Fadumo Hawa Hamdi Ifrah Khadar
Mahad Nasra Sagal Abdul Farida Hamed Jawad Massoud Nasrin Parwin Shabnam Wahid Zarifa
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(words(NAMES));
