<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>Era</name>
    <message>
        <source>Premier permis
après le 1er juin 1975</source>
        <translation>First licence
after 1 June 1975</translation>
    </message>
    <message>
        <source>Vous avez obtenu votre premier permis après le 1er juin 1975</source>
        <translation>You got your first licence after 1 June 1975</translation>
    </message>
    <message>
        <source>Votre numéro de permis a 12 chiffres. Il se trouve à côté de votre photo.</source>
        <translation>Your licence number has 12 digits. It is next to your photo.</translation>
    </message>
    <message>
        <source>Sur le site, tapez les 12 chiffres à la suite, sans espace.</source>
        <translation>On the website, type the 12 digits in a row, with no spaces.</translation>
    </message>
    <message>
        <source>Numéro de permis (12 chiffres)</source>
        <translation>Licence number (12 digits)</translation>
    </message>
    <message>
        <source>Premier permis
avant le 1er juin 1975</source>
        <translation>First licence
before 1 June 1975</translation>
    </message>
    <message>
        <source>Vous avez obtenu votre premier permis avant le 1er juin 1975</source>
        <translation>You got your first licence before 1 June 1975</translation>
    </message>
    <message>
        <source>Votre numéro est à côté de votre photo, sur deux lignes : en haut, de 1 à 15 lettres ou chiffres ; en bas, 2 fois 2 chiffres.</source>
        <translation>Your number is next to your photo, on two lines. Top line: 1 to 15 letters or digits. Bottom line: two pairs of 2 digits.</translation>
    </message>
    <message>
        <source>Sur le site, tapez les caractères de la ligne du haut, puis les 4 chiffres de la ligne du bas.</source>
        <translation>On the website, type the characters of the top line, then the 4 digits of the bottom line.</translation>
    </message>
    <message>
        <source>Ligne du haut (1 à 15 lettres ou chiffres)</source>
        <translation>Top line (1 to 15 letters or digits)</translation>
    </message>
    <message>
        <source>Ligne du bas : 2 premiers chiffres</source>
        <translation>Bottom line: first 2 digits</translation>
    </message>
    <message>
        <source>Ligne du bas : 2 derniers chiffres</source>
        <translation>Bottom line: last 2 digits</translation>
    </message>
    <message>
        <source>Permis
plus ancien</source>
        <translation>Older
licence</translation>
    </message>
    <message>
        <source>Votre permis est plus ancien</source>
        <translation>Your licence is older</translation>
    </message>
    <message>
        <source>Votre numéro a de 1 à 15 caractères. Il se trouve à côté de votre photo. Il vous faut aussi l&apos;année de délivrance et le département.</source>
        <translation>Your number has 1 to 15 characters. It is next to your photo. You also need the year of issue and the department.</translation>
    </message>
    <message>
        <source>Sur le site, tapez le numéro dans la première case, puis l&apos;année de délivrance sur 2 caractères, puis le numéro du département sur 2 caractères.</source>
        <translation>On the website, type the number in the first box. Then type the year of issue in 2 characters, then the department number in 2 characters.</translation>
    </message>
    <message>
        <source>Numéro (1 à 15 caractères)</source>
        <translation>Number (1 to 15 characters)</translation>
    </message>
    <message>
        <source>Année de délivrance (2 chiffres)</source>
        <translation>Year of issue (2 digits)</translation>
    </message>
    <message>
        <source>Département (2 caractères)</source>
        <translation>Department (2 characters)</translation>
    </message>
</context>
<context>
    <name>LanguageSelector</name>
    <message>
        <source>Choisissez la langue de la fenêtre. Le changement est immédiat.</source>
        <translation>Choose the language of the window. It changes at once.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mon numéro de permis de conduire</source>
        <translation>My driving licence number</translation>
    </message>
    <message>
        <source>Trouver et taper son numéro de permis de conduire</source>
        <translation>Find and type your driving licence number</translation>
    </message>
    <message>
        <source>Ouvrir le site officiel (ants.gouv.fr)</source>
        <translation>Open the official website (ants.gouv.fr)</translation>
    </message>
    <message>
        <source>Ouvre le site ants.gouv.fr dans le navigateur.</source>
        <translation>Opens the ants.gouv.fr website in the browser.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n chiffre(s) sur %1</source>
        <translation>
            <numerusform>%n digit out of %1</numerusform>
            <numerusform>%n digits out of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caractère(s) sur %1</source>
        <translation>
            <numerusform>%n character out of %1</numerusform>
            <numerusform>%n characters out of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caractère(s) (de %1 à %2)</source>
        <translation>
            <numerusform>%n character (%1 to %2)</numerusform>
            <numerusform>%n characters (%1 to %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tapez les %1 chiffres.</source>
        <translation>Type the %1 digits.</translation>
    </message>
    <message>
        <source>Tapez les %1 caractères.</source>
        <translation>Type the %1 characters.</translation>
    </message>
    <message>
        <source>Tapez de %1 à %2 caractères.</source>
        <translation>Type %1 to %2 characters.</translation>
    </message>
    <message numerus="yes">
        <source>Continuez : encore %n chiffre(s).</source>
        <translation>
            <numerusform>Keep going: %n more digit.</numerusform>
            <numerusform>Keep going: %n more digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Il manque %n chiffre(s). Regardez bien votre permis.</source>
        <translation>
            <numerusform>%n digit is missing. Look closely at your licence.</numerusform>
            <numerusform>%n digits are missing. Look closely at your licence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuez : encore %n caractère(s).</source>
        <translation>
            <numerusform>Keep going: %n more character.</numerusform>
            <numerusform>Keep going: %n more characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Il manque %n caractère(s). Regardez bien votre permis.</source>
        <translation>
            <numerusform>%n character is missing. Look closely at your licence.</numerusform>
            <numerusform>%n characters are missing. Look closely at your licence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Il y a %n chiffre(s) de trop : il en faut %1. Vérifiez le numéro.</source>
        <translation>
            <numerusform>There is %n digit too many: %1 are needed. Check the number.</numerusform>
            <numerusform>There are %n digits too many: %1 are needed. Check the number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Il y a %n caractère(s) de trop : %1 au plus. Vérifiez le numéro.</source>
        <translation>
            <numerusform>There is %n character too many: %1 at most. Check the number.</numerusform>
            <numerusform>There are %n characters too many: %1 at most. Check the number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette case ne prend que des chiffres. La lettre « %1 » n&apos;y va pas.</source>
        <translation>This box takes digits only. The letter “%1” does not go here.</translation>
    </message>
    <message>
        <source>Le signe « %1 » ne fait pas partie d&apos;un numéro de permis. Tapez seulement des lettres et des chiffres.</source>
        <translation>The sign “%1” is not part of a licence number. Type only letters and digits.</translation>
    </message>
    <message>
        <source>Le texte est beaucoup trop long pour un numéro de permis. Effacez-le et tapez seulement le numéro.</source>
        <translation>This text is much too long for a licence number. Delete it and type only the number.</translation>
    </message>
    <message>
        <source>C&apos;est complet : les %1 chiffres sont là.</source>
        <translation>Complete: all %1 digits are there.</translation>
    </message>
    <message>
        <source>C&apos;est complet.</source>
        <translation>Complete.</translation>
    </message>
    <message>
        <source>La lettre « %1 » a été lue comme le chiffre %2.</source>
        <translation>The letter “%1” was read as the digit %2.</translation>
    </message>
    <message>
        <source>Les espaces, points et tirets ne se tapent pas : ils sont retirés.</source>
        <translation>Spaces, dots and dashes are not typed: they have been removed.</translation>
    </message>
    <message>
        <source>Département %1 : %2.</source>
        <translation>Department %1: %2.</translation>
    </message>
    <message>
        <source>Jusqu&apos;en %3, le département %1 était : %2.</source>
        <translation>Until %3, department %1 was: %2.</translation>
    </message>
    <message>
        <source>Depuis %3, le département %1 est : %2.</source>
        <translation>Since %3, department %1 is: %2.</translation>
    </message>
    <message>
        <source>Pour information, ce numéro se lit souvent ainsi : dossier enregistré en %1/%2, département %3 (%4).</source>
        <translation>For your information, this number is often read like this: file registered in %1/%2, department %3 (%4).</translation>
    </message>
    <message>
        <source>Ce numéro contient des lettres. Les permis de cet onglet n&apos;ont que des chiffres : votre permis est peut-être plus ancien.</source>
        <translation>This number has letters in it. Licences in this tab have digits only: your licence may be older.</translation>
    </message>
    <message>
        <source>Ce numéro a 12 chiffres : c&apos;est sans doute un permis obtenu après le 1er juin 1975.</source>
        <translation>This number has 12 digits: it is probably a licence first obtained after 1 June 1975.</translation>
    </message>
    <message>
        <source>Aller à l&apos;onglet %1 :
%2</source>
        <translation>Go to tab %1:
%2</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Copier : %1</source>
        <translation>Copy: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>À taper sur le site</source>
        <translation>To type on the website</translation>
    </message>
    <message>
        <source>Le numéro à taper s&apos;affichera ici dès que toutes les cases seront remplies.</source>
        <translation>The number to type will show here as soon as every box is filled in.</translation>
    </message>
</context>
<context>
    <name>SiteAddressDialog</name>
    <message>
        <source>Adresse du site</source>
        <translation>Website address</translation>
    </message>
    <message>
        <source>Le navigateur ne s&apos;est pas ouvert. Ouvrez-le vous-même et tapez cette adresse en haut de la fenêtre :</source>
        <translation>The browser did not open. Open it yourself and type this address at the top of its window:</translation>
    </message>
    <message>
        <source>Adresse à taper : %1</source>
        <translation>Address to type: %1</translation>
    </message>
</context>
</TS>
