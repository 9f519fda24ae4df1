"""Given names and name particles used in news across languages (data only).

A capitalised word pair whose first word is a known given name is a person's
name even with no role or speech verb beside it ("Ines Carvalho und ...").
The lists cover common given names in European, Slavic, Arabic, Persian,
Turkish, South and East Asian, African and Latin American usage, in the
spellings that English and German news use. Entries that are also common
capitalised words in either language (May, Will, Grace, Hope, Nur, Said) are
left out on purpose.
"""

from __future__ import annotations

_GERMANIC = """
Adrian Albrecht Alois Andrea Andreas Anja Anke Annegret Annette Antje Arne Bastian Benedikt Bernhard
Bettina Björn Brigitte Burkhard Carola Christa Christiane Cornelia Dagmar Detlef Dieter Dorothea Eckart
Edmund Elke Ernst Erwin Eva Ewald Fabian Felix Florian Franziska Frauke Friederike Fritz Gerd Gernot
Gerold Gert Gesine Gisela Gudrun Hanna Hannelore Heidi Heike Heinrich Helga Helge Hendrik Henrik
Henning Herta Hildegard Holger Ilse Ina Ines Irene Iris Jakob Janine Jasmin Jochen Jonas Jörg Judith
Jutta Kai Karsten Katrin Kerstin Kirsten Konrad Kurt Lea Leon Lothar Lutz Magdalena Maik Malte
Marco Marlene Martina Max Maximilian Melanie Meinhard Miriam Moritz Nadine Nicole Niels Niklas Nils
Nina Oliver Oskar Otto Patrick Paul Peer Peter Reinhard Reinhold Ricarda Rüdiger Sarah Sascha
Silke Simone Sonja Stefanie Sven Tanja Theo Till Tobias Torsten Ulrike Ursel Vera Verena Viola
Waltraud Wilfried Wilhelm Winfried Yvonne Beate Alma Gabi Hartmut Ingo Kathrin Mareike Reem
Hubertus Rupert Markus Gerhard Christoph Hannes Josef Norbert Leonore Wolfgang Alexander Thomas
Magnus Karoline Johanna Gottfried Herwig Werner Sigrid Engelbert Alfred Albin Brigitta Doris
"""
_NORDIC_DUTCH = """
Anders Antti Arvid Asbjørn Bjarne Bjørn Dagfinn Eirik Elin Erik Espen Frode Geir Gunnar Gustav Hanne
Harald Heidi Ingrid Ingvar Jonas Jonna Jens Jussi Kaja Kari Karin Kjell Knut Kristian Kristina Lars
Lasse Leif Liv Magdalena Mette Mika Mikael Morten Nils Olaf Ole Olof Pål Pekka Petteri Rasmus
Sanna Sauli Sigurd Siv Stig Sten Sune Svein Terje Tore Torbjørn Troels Trond Ulf Ulla Vibeke
Aart Bart Bas Cees Dick Dilan Edith Femke Frans Geert Gerrit Hanke Henri Hugo Jeroen Joost Kajsa
Klaas Lieke Maarten Marijke Mark Pieter Rob Ruben Rutger Sander Sigrid Sjoerd Thom Tjeerd Wopke
Wouter Joris Jesse Caroline Ingeborg Jacinda Mari Sirpa Elina Alexander Jan Kees Ank Bram
Þorgerður Katrín Bjarni Guðni Halla Kristrún Sigmundur Davíð Jens-Frederik Múte Aaja Magdalena
Ebba Ylva Annie Jyrki Juha Petteri Alexander
"""
_ROMANCE = """
Adriana Alberto Alessandra Alessandro Alfonso Alicia Álvaro Ana Andrés André Ángel Antonella
Arnaud Beatriz Bruno Camila Carla Carmen Catarina Cristina Dario Diego Domingos Edouard Édouard
Eduardo Elena Elisa Emilio Enrico Enrique Ernesto Esteban Fabio Federico Felipe Fernanda Fernando
Filipe Francesca Francesco François Françoise Gabriel Gabriela Gérald Gianni Giorgio Giovanni
Giuseppe Gonzalo Guido Guillaume Gustavo Hélène Hernán Ignacio Inés Isabel Isabelle Jacques Jaime
Jean Jean-Claude Jean-Luc Jean-Marie Jean-Noël Jean-Yves João Jordi Jorge Josep Julien Laurent
Lorenzo Luca Lucas Luciana Lucía Luigi Luisa Luiz Manuel Marcelo Marcos Margarita Mario Marina
Marine Marta Mateo Matteo Mauro Maurizio Michel Michele Nathalie Nicolas Nicola Olivier Pascal
Pierre Pierre-Olivier Rafael Raúl Ricardo Roberto Rodrigo Sandro Santiago Sergio Silvia Simona
Sofia Sophie Stéphane Teresa Valentina Valérie Vincent Xavier Yves Yolanda Gabriel Inácio
 Javier Gustavo Gabriel Nayib Claudia Xiomara Dina Cristina Marcelo Sebastián Rodrigo Geraldo
Fernando Rui Paulo Marcelo Mariano Jair Dilma Evo Luis Nicolás Delcy Yamandú Santiago Ricardo
Ségolène Rachida Gabriel Bruno Elisabeth Sébastien Clément Benoît Jérôme Thierry Dominique Manon
"""
_SLAVIC_BALKAN_BALTIC = """
Aleksander Aleksandr Aleksei Alexandru Alina Anatoli Anatoly Andrej Andrei Andrey Andrzej Anton Arseni
Bogdan Borislav Boris Bozhidar Branko Darko Davor Dejan Denis Dmytro Dragan Dušan Edgars Evika
Fedor Gabrielius Gitanas Goran Grigori Hryhori Igor Ilja Ilya Ivan Ivana Jacek Jadwiga Jarosław
Jelena Jewgeni Jiří Juraj Kaja Karol Katarzyna Kestutis Kiril Kirill Klaus Krišjānis Kristalina
Ljudmila Lyudmila Maia Maksim Maria Marek Marian Marija Marko Mateusz Milan Milo Milorad Miloš
Miroslav Mykola Nadija Natalia Natalja Nikolai Nikolaj Nikola Oleg Oleh Olga Oksana Pavel Pavlo
Petr Petro Piotr Radoslav Radosław Robert Roman Rumen Sergiy Serhij Serhiy Sergej Stanislav
Svetlana Szymon Taras Tatjana Tatiana Tomasz Valentin Vasyl Viktor Vitali Vladimir Vladislav
Volodymyr Władysław Wojciech Yulia Yuri Yury Zoran Zuzana Andrej Aleksandar Igor Ilham Nikol
Dmitri Dmitry Mikhail Michail Sergei Sergey Alexei Alexej Walerij Valery Maria Rostislav Ruslan
Denys Mychajlo Mykhailo Andrij Andriy Oleksandr Oleksii Olena Iryna Irina Julija Witali Juri Vadim
Radoslaw Donald Beata Mateusz Rafał Szymon Ursula Edi Hashim Vjosa Albin Aleksandar Ana Dritan
Kaja Alar Kristen Edgars Evika Gitanas Ingrida Mark Ivo Gordan Andrej Peter Zuzana Robert Igor
"""
_ARABIC_PERSIAN_TURKISH = """
Abbas Abdel Abdelaziz Abdelfattah Abdul Abdulaziz Abdullah Abdulrahman Adel Ahmad Ahmed Ali Amir
Amira Amr Anwar Ashraf Ayman Aziz Badr Bashar Basel Bassam Fadi Fahad Faisal Faris Farid Fatima
Fawzi Fuad Ghassan Hamad Hamdan Hamza Hani Haitham Hassan Hatem Hazem Hisham Hossam Hussein Ibrahim
Imad Ismail Jamal Jassim Jassir Kamal Karim Khaled Khalid Khalil Laila Layla Mahmoud Majid Marwan
Mohamed Mohammad Mohammed Muhammad Mona Mostafa Mustafa Nabil Nadia Naguib Najib Nasser Nawaf
Omar Osama Qais Rami Rania Rashid Riad Saad Sabah Saeed Salem Salman Sami Samir Tamim Tarek
Tariq Turki Walid Yahya Yasser Yousef Youssef Yusuf Zaid Zayed Ziad Massad Mohamed Hamdan Jassem
Abbas Esmail Ismail Hassan Masoud Mahmoud Mohsen Javad Jawad Mehdi Hossein Hamid Reza Ebrahim Ali
Akbar Hamed Mojtaba Nasser Parviz Saeed Shirin Narges Nasrin Farhad Kazem Majid Abbas Mohammad
Recep Ahmet Mehmet Mevlüt Hakan Kemal Murat Ekrem Devlet Binali Ali Emine Ayşe Fatma Zeynep Ömer
Selahattin Numan Yaşar Hulusi Ibrahim Mustafa Cevdet Süleyman Bülent Canan
Jeyhun Ilham Mehriban Elmar Hikmet Ramiz Ararat Nikol Anahit Armen Serzh Robert Gevorg Zareh
"""
_SOUTH_ASIAN = """
Aamir Abhishek Ajay Ajit Akhilesh Amit Amitabh Anand Anil Anjali Arvind Asad Asif Ayesha Benazir
Bilawal Deepak Fawad Harsh Hina Imran Ishaq Jawaharlal Kavita Khawaja Lalit Mamata Manmohan
Maryam Mohan Mukesh Nawaz Nirmala Nitin Piyush Pooja Priyanka Rahul Raj Rajnath Rajiv Ramesh Ravi
Rohit Sanjay Shashi Shehbaz Shehla Sonia Subrahmanyam Sunil Sushma Syed Vijay Vikram
Vinod Yogi Ashok Arun Arjun Shireen Sherry Ahsan Bilal Farooq Omar Hamid
Narendra Rishi Suella Priti Sajid Sadiq Kamala Nikki Vivek Ranil Sajith Gotabaya Mahinda
Hasina Yunus Muhammad Pushpa Sher Anura Khalida Tarique
"""
_EAST_ASIAN = """
Shinzo Fumio Yoshihide Shigeru Sanae Taro Toshimitsu Yoko Yoshimasa Minoru Katsunobu Koichi
Kenji Kenta Hiroshi Hiroko Yuko Yuki Takeshi Takashi Yoshiko Akira Haruki Naoki Kazuo Ichiro
Nobuo Masahiro Tomoko Keiko Kaori Satoshi Shinjiro Junichiro Seiko Yasutoshi
Jae-myung Suk-yeol Jae-in Geun-hye Hyun Jin Kyung-wha Chung-hee Jong-un Yo-jong Min-ji Ji-hoon
Hak-jae Kang-il Eui-yong Duck-soo Tae-yong Jin-sung
Xi Jinping Qiang Lifeng Yi Wenbin Ning Zhenmin Zhaoxing Keqiang Huning Qishan Jian Hua Chunying
Tsai Ing-wen Lai Ching-te Hou Yu-ih
Prabowo Joko Ferdinand Rodrigo Sara Anwar Lawrence Hun Manet Pham Minh Chinh Thanh
Srettha Paetongtarn Prayut Min Aung
"""
_AFRICAN = """
Abiy Ahmed Cyril Jacob Thabo Nelson Bola Muhammadu Goodluck Olusegun Uhuru William Raila Paul
Yoweri Samia Hakainde Emmerson Nana John Macky Bassirou Ousmane Félix
Denis Alassane Faure Mahamat Abdel Fattah Salva Riek Filipe Joao Mokgweetsi
 Ngozi Chimamanda Wole Amina Fatou Aminata Kwame Kofi Akinwumi Moussa Idriss Abdoulaye
Assimi Ibrahim Mohamed Patrice Saulos Lazarus Edgar
"""
_ENGLISH_EXTRA = """
Aaron Abigail Alastair Alison Amber Andy Angus Antonia Arthur Barry Betty Boris Brad Brett Bruce
Caroline Carol Chloe Christine Cindy Clare Colin Craig Dan Dana Darragh Dave Denis Dennis Derek Diana
Dominic Donna Doug Duncan Eamon Eileen Elena Eleanor Eliza Elon Emily Eoin Evan Fiona Frances Fred
Gary Gemma Gerry Gillian Glenn Graham Greg Gregory Hamish Harold Heather Heidi Hugh Irene Isaac Jake
Jamie Jan Jay Jenny Jerry Joan Joanna Joel Jon Joni Jordan Josephine Joyce Julie Justin Katie Keith
Ken Kenneth Kerry Kirsty Kristen Kyle Larry Lee Leo Lesley Lewis Liam Lindsey Lloyd Louise Lucy Luke
Lynn Marsha Martha Matt Maureen Megan Melissa Micheál Mitt Molly Nadine Nathan Neil Niall Nicola
Nikki Noel Norman Pat Penny Phil Rachel Ralph Ray Rebecca Rex Rick Rob Robin Rod Roger Rory Rosie
Roy Russell Sally Sandra Seamus Shane Sharon Sheila Stuart Tammy Ted Terry Tessa Tina Trevor Troy
Vanessa Wayne Wendy Wes Yvonne Chris Marco Kash Pete Tulsi Kristi Sean Mike Kevin Jerome Hakeem
Lindsey Michael Marjorie Alexandria Ilhan Rashida Chuck Mitch Kamala Gretchen Gavin Josh Ron Greg
Keir Rachel Yvette Angela Ed David Wes Bridget Pat Anthony Antony Dario Rupert Anneliese Ingrid
"""

_CENTRAL_EUROPEAN = """
Péter Gergely Bence Zoltán Gábor László István János Ferenc Katalin Judit Balázs Márton Tamás Attila Csaba
Levente Dániel Ádám András Zsolt Tibor Sándor Mihály Lajos Imre Gyula Ágnes Erzsébet Krisztina Anikó Márta
Orsolya Eszter Viktória Dóra Klára Ildikó Mária Zsuzsanna Norbert Szabolcs Róbert Kristóf
Andrej Jaroslav Miroslav Tomáš Ondřej Vít Jan Markéta Petra Lucie Zdeněk Radek Vojtěch Michal Matúš
Robert Ľubomír Igor Juraj Kamil Dominik Zuzana Iveta Erik Mateusz Krzysztof Paweł Łukasz Grzegorz
Agnieszka Małgorzata Joanna Anna Ewa Kinga Dorota Jarosław Donald Radosław Szymon Władysław Andrzej
Klaus-Dieter Hans-Peter Hans-Jürgen Karl-Heinz Karl-Josef Franz-Josef Heinz-Christian Hans-Georg Ernst-August
Gerald Gerold Götz Helmut Bodo Dietrich Ralph Reiner Detlev Jost Lothar Jakob Janosch Sepp Toni Beat
Ignazio Alain Didier Viola Elisabeth Karin Pascale Yvonne Cédric Jacqueline Chantal Samuel Thierry
Pierre-Yves Marc-André Jean-Pierre Jean-François Jean-Michel Jean-Philippe Jean-Louis Marie-Christine Yves
"""
_SOUTHEAST_ASIAN = """
Mohamad Mohd Muhyiddin Ismail Zahid Najib Mahathir Saifuddin Fadillah Anwar Rafizi Hishammuddin Khairy Zambry
Retno Sugiono Airlangga Mulyani Luhut Ganjar Gibran Anies Enrique Gilberto Teodoro Delfin Jejomar Leni
Imee Bongbong Risa Manuel Alan Jose Eduardo Sok Kao Prak Sokhonn Thongloun Sonexay Saleumxay
Vivian Hsien Loong Lawrence Tharman Heng Swee Keat Maris Parnpree Thaksin Anutin Prayut Phumtham
"""

# Given names of Africa, South and Southeast Asia, the Pacific, the Caribbean and Latin America that news
# from those regions names ministers, officials and witnesses by (no place names, no common words).
_WEST_AFRICAN = """
Abimbola Adaeze Adebayo Adewale Akinwale Amaka Babajide Babatunde Bankole Bukola Chidi Chidinma Chinedu Chinwe
Chioma Chukwuemeka Dapo Emeka Femi Funmilayo Ifeanyi Ikechukwu Kayode Kelechi Kunle Nnamdi Obinna Olamide
Olufemi Oluwaseun Oluwatoyin Segun Seun Tunde Wale Yemi Yetunde Nuhu Aliyu Atiku Kashim Nyesom Nasir Umaru
Sani Tanko Zainab Hadiza Godswill Kwasi Kwesi Kwaku Kojo Kobina Akua Abena Afua Efua Adwoa Akosua Dramani
Samira Amadou Mamadou Cheikh Aissata Ibrahima Modou Souleymane Abdou Birame Sokhna Assane Abdourahamane
Tidjane Mamadi Fatmata Kandeh Jewel Adama Boubacar Oumar Seydou Aboubakar Salif Issoufou Mahamadou Yaya
Lansana Foday Isata Mariama Haja Kadiatou Aminu Abubakar Bola Dele Gbenga Kemi Ngozi Uche Yusuf
"""

_EAST_AFRICAN = """
Raila Kalonzo Musalia Rigathi Kithure Kipchumba Wanjiku Wanjiru Njeri Wambui Nyambura Muthoni Achieng Akinyi
Atieno Auma Adhiambo Anyango Awino Kiprono Kipkemboi Cherono Chebet Jepkosgei Ababu Robinah Bobi Muhoozi
Kassim Jakaya Zitto Tundu Évariste Evariste Redwan Getachew Demeke Mekonnen Taye Debretsion Sahle-Work Tedros
Mulugeta Birtukan Meles Tigist Lemlem Abebe Isaias Yemane Abdirahman Abdisalam Abdiweli Mwai Ndindi Moses
Wavinya Gladys Mutahi Yoweri Rebecca Winnie Joho Hassan Abdullahi Mulatu Gedion Temesgen
"""

_SOUTHERN_AFRICAN = """
Naledi Ronald Bheki Fikile Gwede Lindiwe Nkosazana Thandi Mmusi Sibusiso Siyabonga Sipho Themba Thandeka
Nomvula Nomsa Zanele Zodwa Bongani Lwazi Mandla Mpho Lerato Palesa Tshepo Tumelo Kagiso Lesego Boitumelo
Refilwe Nkosinathi Jabulani Senzo Vusi Xolani Thulani Sizwe Zweli Zizi Ntombi Busisiwe Khumbudzo Lemogang
Constantino Tendai Tafadzwa Tatenda Farai Chipo Rumbidzai Tinashe Kudakwashe Tawanda Nyasha Ruvimbo Fadzai
Tsitsi Munyaradzi Mutale Netumbo Hage Nangolo Saara Andry Brice Venâncio Pakalitha Sam Mokgweetsi Kgalema Tito
Enoch Mzwandile Pieter Bathabile Maite Senzeni
"""

_NORTH_AFRICAN = """
Kais Abdelmadjid Aziz Abdelilah Nafti Ahmed Attaf Abdelkader Abdelhamid Mouldi Slimane Saad Rachid Abdellatif
Nizar Younes Amina Lamia Leila Hafedh Othman Mokhtar Moncef
"""

_SOUTH_ASIAN_MORE = """
Aditya Akash Amartya Anupam Anurag Bhupendra Chandrababu Devendra Dharmendra Eknath Gautam Girish Hardeep
Hemant Jairam Jyotiraditya Kiren Lakshmi Mallikarjun Manoj Meenakshi Mehbooba Nitish Pinarayi Pralhad Prakash
Pramod Prashant Rajesh Rakesh Ranjan Revanth Sachin Sanjeev Sharad Shivraj Smriti Sudhir Suresh Tejashwi
Uddhav Venkaiah Yashwant Ashwini Bhupesh Kapil Subrahmanyam Jagdeep Droupadi Ram Om Mamta Kiran Murad Mohsin
Azam Ayaz Khurram Pervaiz Qamar Asim Aleema Attaullah Fazlur Jahangir Shahid Saima Obaidul Touhid Nahid Mirza
Khaleda Harini Vijitha Namal Dinesh Kamal Khadga Sushila Arzu Bidya Balen Tshering Lotay Hibatullah Zabihullah
Sirajuddin Ashraf Hamid Abdulla Gopal Krishna Mohammed Shashi
"""

_SOUTHEAST_ASIAN_MORE = """
Bahlil Budi Erick Teten Yusril Dedi Eko Megawati Puan Ridwan Tito Agus Bambang Hadi Listyo Mahfud Muhaimin
Susilo Raffy Jinggoy Chiz Pita Prawit Sihasak Pirapan Thanathorn Chadchart Jurin Aung Zaw Xanana Hassanal
Fadillah Zafrul Amir Kamal Rosmah Azalina Nik Mahathir Maris Somsak Suchart
"""

# Vietnamese family names come first ("Nguyen Van Thanh", later "Thanh"): they open a name like a given name.
_FAMILY_FIRST = """
Nguyen Tran Pham Hoang Phan Vu Dang Bui Ngo Duong Truong Huynh Luong Trinh
"""

_PACIFIC = """
Sitiveni Voreqe Sione Tevita Siaosi Viliami Losaline Mele Salote Semisi Epeli Jone Mosese Iosefo Aisake
Fekitamoeloa Feleti Kausea Taneti Manasseh Jeremiah Ishmael Charlot Tuilaepa Fiame Biman Filimoni Inia Lavinia
Akosita Kalolaine Taniela Tuisina Penitoa Hilda
"""

_CARIBBEAN = """
Mia Ralph Gaston Dickon Terrance Irfaan Bharrat Kamla Keith Dwayne Delroy Marlon Desmond Winston Clive Errol
Orville Tyrone Shanique Latoya Keisha Portia Juliet Jovenel Garry Claudine Leslie Alix Edgard Chan Kenny
Wendel Everard Ansel Lisa Camillo Verna Shamfa
"""

_LATIN_AMERICAN = """
Alejandro Alejandra Armando Arturo Carlos Cecilia Daniela Edmundo Efraín Fabiola Gerardo Guillermo Héctor Iván
Joaquín Juan Julio Leonardo Lorena Marcela Mauricio Milagros Néstor Octavio Pablo Patricia Ramón Verónica
Ximena Bernardo Tarcísio Flávio Ciro Axel Horacio Karina Rocío Diosdado Corina Leopoldo Henrique Nasry
Laurentino Dina Gabriel Luz Lucía Marcelo Omar Ernesto Gilberto Lenín Mario Ollanta Pedro Keiko Alberto Otto
Cuauhtémoc Adán Layda Paola Natalia Susana Yeimy Yesenia Wilmer Darío Rafael Guido Álvaro Alfredo Edgardo Hugo
Javier Sebastián Nicolás Francisca Camila Izkia Rodolfo
"""

_CAUCASUS_CENTRAL_ASIAN = """
Elnur Rauf Mukhtar Elchin Rashad Ramil Vugar Anar Leyla Aygun Ilgar Mikayil Novruz Ogtay Kamran Zakir Aram Vahan
Tigran Hovhannes Gagik Ashot Davit Narek Levon Lilit Mher Suren Vahagn Irakli Giorgi Levan Mamuka Zurab Salome
Shalva Bidzina Mikheil Ilia Kakha Zviad Kassym-Jomart Nursultan Shavkat Emomali Sadyr Serdar Gurbanguly Batyr
Bakhtiyor Akylbek Jeenbek Nurlan Askar Yerlan Bakhyt Timur Ulugbek Dilshod Rustam Farrukh Jamshid Azamat Aidos
Aigerim Dinara Gulnara Saida Zarina Kanat Daniyar Almaz Baurzhan Yerzhan Meret
"""

GIVEN_NAMES: frozenset[str] = frozenset(
 " ".join([_GERMANIC, _NORDIC_DUTCH, _ROMANCE, _SLAVIC_BALKAN_BALTIC, _ARABIC_PERSIAN_TURKISH,
 _SOUTH_ASIAN, _EAST_ASIAN, _AFRICAN, _ENGLISH_EXTRA, _CENTRAL_EUROPEAN, _SOUTHEAST_ASIAN,
 _WEST_AFRICAN, _EAST_AFRICAN, _SOUTHERN_AFRICAN, _NORTH_AFRICAN, _SOUTH_ASIAN_MORE, _SOUTHEAST_ASIAN_MORE,
 _FAMILY_FIRST, _PACIFIC, _CARIBBEAN, _LATIN_AMERICAN, _CAUCASUS_CENTRAL_ASIAN]).split()
)

# Given names written abbreviated with a full stop: "Ma. Theresa" (Maria, Philippines), "Md." and
# "Mohd." (Mohammad, Bangladesh and Malaysia).  They stay part of the name.
ABBREVIATED_GIVEN: frozenset[str] = frozenset("Ma Md Mohd Muhd Wm Chas Jas Jos Thos".split())

# Given names that are also common capitalised words (months, nouns): names only right after a role
# ("ÖVP-Klubobmann August Wöginger", "Senator Hope Mills").
AMBIGUOUS_GIVEN: frozenset[str] = frozenset("August May June April Will Grace Hope Faith Said Nur Rose Iris".split())

# Honorifics that stand before a name and are left out of it, as word sequences, longest first:
# Malaysian and Bruneian styles ("Datuk Seri", "Tan Sri", "Dato'"), Gulf and Arabic ("Sheikh"),
# British peerage ("Baroness"); "Tan" alone is a family name, so only "Tan Sri" is an honorific.
HONORIFIC_SEQUENCES: tuple[tuple[str, ...], ...] = tuple(sorted((tuple(h.split()) for h in (
    "Datuk Seri", "Dato' Seri", "Dato’ Seri", "Dato Seri", "Dato' Sri", "Dato’ Sri", "Dato Sri", "Tan Sri",
    "Puan Sri", "Toh Puan", "Datuk", "Dato'", "Dato’", "Dato", "Datin", "Tun", "Tunku", "Tengku", "Pehin",
    "Haji", "Hajjah", "Baroness", "Baron", "Lord", "Lady", "Dame", "Sir", "Sheikh", "Sheikha", "Excellency",
    "Exzellenz", "Ratu", "Samdech",
)), key=len, reverse=True))

# Korean family names come first ("Lee Jae-myung" is later "Lee"), like the Chinese ones.
KOREAN_SURNAMES: frozenset[str] = frozenset(
 "Kim Lee Park Choi Cho Jung Chung Kang Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo "
 "Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Jin Chun".split()
)
