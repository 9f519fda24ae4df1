"""Given names whose bearer's gender is clear across the languages of our news (data only).

Used when a pronoun ("she said", „sagte er“) must find its person and neither a role („Ministerin“)
nor a title ("Ms") tells the gender.  Names that are female in one language and male in another
(Andrea, Jean, Nicola, Kim, Sasha, Toni, Robin …) are in neither list: they tell nothing.
"""

from __future__ import annotations

FEMALE: frozenset[str] = frozenset("""
Ada Adriana Agnes Agnieszka Aida Aisha Alexandra Alice Alicia Alina Aline Alla Amanda Amelia Amina Amy Ana Anastasia
Angela Angelika Anja Anke Ann Anna Annalena Anne Annegret Annette Antje Antonia Ariane Astrid Barbara Beate Beatrice
Beatrix Bettina Birgit Brigitte Britta Camila Carla Carmen Carol Caroline Catherine Cecilia Charlotte Chiara Christa
Christiane Christina Christine Claire Clara Claudia Cornelia Dagmar Daniela Deborah Diana Dolores Doris Dorothea
Dorothee Edith Elena Eleni Elisabeth Elise Elizabeth Elke Ella Ellen Elvira Emilia Emily Emma Erika Esther Eva Evelyn
Fatima Fiona Franziska Frederike Friederike Gabriele Gabriela Galina Gerda Gesine Giorgia Gisela Giulia Grace Greta
Gudrun Hanna Hannah Heidi Heike Helen Helena Helene Helga Henrike Hilary Hillary Ilona Ines Inga Inge Ingrid Irene
Irina Iris Isabel Isabella Isabelle Ivana Jacqueline Jana Jane Janet Janina Jasmin Jeanette Jennifer Jessica Joanna
Johanna Josephine Judith Julia Juliane Julie Justine Karin Karina Katarina Katarzyna Katharina Kathrin Katja Katrin
Kaja Kamala Karen Kate Katherine Kathleen Kerstin Kirsten Klara Kristina Larissa Laura Lea Lena Leonie Liliana Linda
Lisa Liz Lucia Ludmila Luisa Luise Lydia Magdalena Maja Manuela Mareike Margaret Margarete Margit Margot Maria Mariana
Marie Marina Marine Marion Marta Martha Martina Mary Maya Melanie Melinda Mette Michaela Michelle Miriam Monika Nadia
Nadine Nancy Natalia Natalie Natalya Nicole Nina Nora Olena Olga Olivia Oksana Patricia Paula Pauline Petra Pia Rachel
Rebecca Regina Renate Ricarda Rita Rosa Rose Ruth Sabine Sahra Sandra Sara Sarah Saskia Silke Silvia Simone Sofia
Sonja Sophia Sophie Stefanie Stephanie Susan Susanne Svenja Svetlana Sylvia Tamara Tanja Tatiana Tatjana Teresa
Theresa Therese Tina Ulla Ulrike Ursula Valentina Valerie Vanessa Vera Verena Veronika Victoria Viktoria Viola Virginia
Vivien Wiebke Yulia Yuliia Zoe Zuzana
""".split())

MALE: frozenset[str] = frozenset("""
Aaron Abdel Abdullah Adam Adrian Ahmed Alan Albert Alberto Aleksandr Alexander Alexandre Alexei Alfred Ali Alois
Anatoly Anders Andreas Andrew Andrzej Andriy Anthony Anton Antonio Armin Arnold Arthur Benedikt Benjamin Bernd
Bernhard Bill Björn Bob Boris Brian Bruno Carl Carlos Charles Christian Christoph Christopher Claus Clemens Colin Cyril
Daniel David Dennis Dieter Dietmar Dmitri Dmitry Dominik Donald Edgar Eduard Edward Egon Emil Emmanuel Emmerich Erich
Erik Ernst Fabian Felix Ferdinand Florian Francesco Francis Franco Frank Franz Friedrich Fritz Georg George Gerald
Gerhard Giovanni Giuseppe Gregor Gregory Günter Günther Hans Harald Harry Heiko Heinrich Heinz Helmut Henry Herbert
Hermann Horst Hubert Hugo Igor Ivan Jacob Jakob James Jan Jaroslaw Javier Jens Jeremy Jerome Joachim Johann Johannes
John Jonas Jonathan Jorge Josef Joseph Juan Jürgen Julian Julius Justin Karl Karol Keir Kevin Klaus Konrad
Konstantin Kurt Lars Leonid Lorenz Louis Luca Lucas Ludwig Luis Lukas Manfred Marc Marco Marcus Mario Mark Markus Martin
Matthew Matthias Max Maximilian Michael Michail Mikhail Mohammed Muhammad Nicholas Nicolas Nikolai Nikolaus Norbert
Olaf Oleg Oleksandr Oliver Omar Oskar Otto Pablo Patrick Paul Pedro Peter Petro Philipp Pierre Rafael Rainer Ralf Ralph
Raphael Reinhard Reinhold Richard Robert Roberto Roland Roman Rudolf Rüdiger Rupert Sebastian Sergei Sergej Sergey
Sergio Simon Stefan Steffen Stephan Stephen Steve Steven Sven Thomas Thorsten Tim Timo Timothy Tobias Tom Tony Torsten
Udo Ulrich Uwe Valentin Viktor Vincent Vladimir Volker Volodymyr Walter Werner Wilhelm William Winfried Wladimir
Wolfgang Wolodymyr Xavier Yevgeny Yuri Yury
""".split())


def gender_of_given_name(name: str) -> str | None:
    """'f' or 'm' for a full name whose first word is a clear given name, else None."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0]
    return "f" if first in FEMALE else "m" if first in MALE else None
