<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>ActionsBar</name>
    <message>
        <source>Masquer l&apos;affichage ▴</source>
        <translation>Hide display settings ▴</translation>
    </message>
    <message>
        <source>Taille du texte, contraste, langue et aide.</source>
        <translation>Text size, contrast, language and help.</translation>
    </message>
    <message>
        <source>Affichage %1 % ▾</source>
        <translation>Display %1 % ▾</translation>
    </message>
    <message>
        <source>Masquer l&apos;affichage</source>
        <translation>Hide display settings</translation>
    </message>
    <message>
        <source>Affichage : texte %1 %</source>
        <translation>Display: text %1 %</translation>
    </message>
    <message>
        <source>‹ Étapes</source>
        <translation>‹ Steps</translation>
    </message>
    <message>
        <source>Afficher les étapes sur le site</source>
        <translation>Show the steps on the website</translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut faire sur le site, étape par étape, à cocher.</source>
        <translation>What to do on the website, step by step, to tick off.</translation>
    </message>
    <message>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Efface tout ce qui a été tapé, pour la personne suivante.</source>
        <translation>Clears everything typed, for the next person.</translation>
    </message>
    <message>
        <source>Quel permis ?</source>
        <translation>Which licence?</translation>
    </message>
    <message>
        <source>Revenir à la question du début, avec les dessins des permis.</source>
        <translation>Back to the first question, with the drawings of the licences.</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Temps avant l&apos;effacement automatique de l&apos;écran.</source>
        <translation>Time before the screen clears by itself.</translation>
    </message>
</context>
<context>
    <name>ConfirmResetDialog</name>
    <message>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Tout effacer pour la personne suivante ?</source>
        <translation>Clear everything for the next person?</translation>
    </message>
    <message>
        <source>Les numéros tapés dans les trois onglets et les étapes cochées seront effacés. Rien n&apos;a été enregistré.</source>
        <translation>The numbers typed in the three tabs and the ticked steps will be cleared. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Oui, tout effacer</source>
        <translation>Yes, clear everything</translation>
    </message>
    <message>
        <source>Non, revenir</source>
        <translation>No, go back</translation>
    </message>
</context>
<context>
    <name>ContrastToggle</name>
    <message>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Texte blanc et jaune sur fond noir, plus facile à lire pour certains yeux.</source>
        <translation>White and yellow text on black, easier to read for some eyes.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Le texte est déjà à sa plus grande taille (%1 %).</source>
        <translation>The text is already at its largest size (%1%).</translation>
    </message>
    <message>
        <source>Le texte est déjà à sa plus petite taille (%1 %).</source>
        <translation>The text is already at its smallest size (%1%).</translation>
    </message>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>Text size: %1%</translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>EXEMPLE</source>
        <translation>EXAMPLE</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photograph</translation>
    </message>
    <message>
        <source>Année de délivrance</source>
        <translation>Year of issue</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Verso</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Recto</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>5. Ce n&apos;est pas ce numéro</source>
        <translation>5. Not this number</translation>
    </message>
    <message>
        <source>Sur le site : une seule case</source>
        <translation>On the website: a single box</translation>
    </message>
    <message>
        <source>Numéro de permis</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>Si le site montre des cases séparées</source>
        <translation>If the website shows separate boxes</translation>
    </message>
    <message>
        <source>Ligne du haut</source>
        <translation>Top line</translation>
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
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ce que vous tapez dans les cases de cet onglet s&apos;affiche dans ce dessin.</source>
        <translation>What you type in the boxes of this tab appears in this drawing.</translation>
    </message>
    <message>
        <source>Dessin d&apos;exemple du permis rose</source>
        <translation>Example drawing of the pink licence</translation>
    </message>
    <message>
        <source>Le numéro est sur la ligne 5, à gauche de la photo, sur une seule ligne : 12 chiffres.</source>
        <translation>The number is on line 5, to the left of the photo, on one line: 12 digits.</translation>
    </message>
    <message>
        <source>Dans l&apos;exemple : %1.</source>
        <translation>In the example: %1.</translation>
    </message>
    <message>
        <source>Le numéro est à côté de la photo, sur deux lignes : en haut, de 1 à 15 lettres ou chiffres ; en bas, 2 fois 2 chiffres.</source>
        <translation>The number is next to the photo, on two lines: at the top, 1 to 15 letters or digits; at the bottom, two groups of 2 digits.</translation>
    </message>
    <message>
        <source>Dans l&apos;exemple : %1 en haut, %2 et %3 en bas.</source>
        <translation>In the example: %1 at the top, %2 and %3 at the bottom.</translation>
    </message>
    <message>
        <source>Dessin d&apos;exemple d&apos;un ancien permis</source>
        <translation>Example drawing of an older licence</translation>
    </message>
    <message>
        <source>Le numéro, de 1 à 15 caractères, est à côté de la photo. Il faut aussi l&apos;année de délivrance et le département.</source>
        <translation>The number, 1 to 15 characters, is next to the photo. You also need the year of issue and the department.</translation>
    </message>
    <message>
        <source>Dans l&apos;exemple : le numéro %1, l&apos;année %2, le département %3.</source>
        <translation>In the example: number %1, year %2, department %3.</translation>
    </message>
    <message>
        <source>Dessin d&apos;exemple du permis carte, verso</source>
        <translation>Example drawing of the card licence, back</translation>
    </message>
    <message>
        <source>Le numéro est au verso, en haut à gauche, au-dessus de la puce, sur deux lignes.</source>
        <translation>The number is on the back, top left, above the chip, on two lines.</translation>
    </message>
    <message>
        <source>Dans l&apos;exemple : %1 puis %2.</source>
        <translation>In the example: %1 then %2.</translation>
    </message>
    <message>
        <source>Dessin d&apos;exemple du permis carte, recto</source>
        <translation>Example drawing of the card licence, front</translation>
    </message>
    <message>
        <source>Au recto, le champ 5 est un autre numéro, celui de la carte : ce n&apos;est pas le numéro à taper.</source>
        <translation>On the front, field 5 is another number, the card&apos;s own: it is not the number to type.</translation>
    </message>
    <message>
        <source>Dessin des cases du site</source>
        <translation>Drawing of the website&apos;s boxes</translation>
    </message>
    <message>
        <source>Le site demande le numéro de permis : les 12 chiffres dans une seule case, sans espace. Une aide « ? » à côté de la case peut expliquer où le trouver.</source>
        <translation>The website asks for the licence number: the 12 digits in a single box, with no spaces. A “?” help beside the box may explain where to find it.</translation>
    </message>
    <message>
        <source>Si le site montre des cases séparées : les caractères de la ligne du haut, puis les 2 premiers chiffres de la ligne du bas, puis les 2 derniers. S&apos;il montre une seule case, tapez tout à la suite, sans espace.</source>
        <translation>If the website shows separate boxes: the characters of the top line, then the first 2 digits of the bottom line, then the last 2. If it shows a single box, type everything in a row, with no spaces.</translation>
    </message>
    <message>
        <source>Si le site montre des cases séparées : le numéro, puis l&apos;année de délivrance sur 2 caractères, puis le département sur 2 caractères. S&apos;il montre une seule case, tapez tout à la suite, sans espace.</source>
        <translation>If the website shows separate boxes: the number, then the year of issue in 2 characters, then the department in 2 characters. If it shows a single box, type everything in a row, with no spaces.</translation>
    </message>
</context>
<context>
    <name>Era</name>
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
        <source>Avant juin 1975
sur 2 lignes</source>
        <translation>Before June 1975
on 2 lines</translation>
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
        <source>2 premiers chiffres du bas</source>
        <translation>First 2 digits of the bottom line</translation>
    </message>
    <message>
        <source>2 premiers chiffres</source>
        <translation>First 2 digits</translation>
    </message>
    <message>
        <source>2 derniers chiffres du bas</source>
        <translation>Last 2 digits of the bottom line</translation>
    </message>
    <message>
        <source>2 derniers chiffres</source>
        <translation>Last 2 digits</translation>
    </message>
    <message>
        <source>Plus ancien
année, département</source>
        <translation>Older
year, department</translation>
    </message>
    <message>
        <source>Année de délivrance</source>
        <translation>Year of issue</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Votre permis est plus ancien</source>
        <translation>Your licence is older</translation>
    </message>
    <message>
        <source>Après juin 1975
12 chiffres</source>
        <translation>After June 1975
12 digits</translation>
    </message>
    <message>
        <source>Votre permis est au format carte bancaire</source>
        <translation>Your licence is the credit-card format</translation>
    </message>
    <message>
        <source>Votre numéro a de 1 à 15 caractères. Il se trouve à côté de votre photo. Il vous faut aussi l&apos;année de délivrance et le département.</source>
        <translation>Your number has 1 to 15 characters. It is next to your photo. You also need the year of issue and the department.</translation>
    </message>
    <message>
        <source>Sur le site, tapez le numéro, puis l&apos;année de délivrance sur 2 caractères, puis le numéro du département sur 2 caractères.</source>
        <translation>On the website, type the number, then the year of issue in 2 characters, then the department number in 2 characters.</translation>
    </message>
    <message>
        <source>Numéro (1 à 15 caractères)</source>
        <translation>Number (1 to 15 characters)</translation>
    </message>
</context>
<context>
    <name>EraTab</name>
    <message>
        <source>À taper sur le site : %1.</source>
        <translation>To type on the website: %1.</translation>
    </message>
    <message>
        <source>Si le site montre une seule case : %1.</source>
        <translation>If the website shows a single box: %1.</translation>
    </message>
</context>
<context>
    <name>EraTabs</name>
    <message>
        <source>Type de permis</source>
        <translation>Type of licence</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Un problème est survenu</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Un problème est survenu.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>Vos informations n&apos;ont pas été enregistrées. Vous pouvez continuer : si quelque chose ne s&apos;affiche pas bien, cliquez sur « Nouvelle personne ».</source>
        <translation>Your information has not been saved. You can carry on: if something does not look right, click “New person”.</translation>
    </message>
    <message>
        <source>D&apos;accord</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>Aide (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <source>Aide et raccourcis clavier</source>
        <translation>Help and keyboard shortcuts</translation>
    </message>
    <message>
        <source>Les raccourcis clavier de cette fenêtre (touche F1).</source>
        <translation>The keyboard shortcuts of this window (F1 key).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tout se fait aussi sans souris. Voici les touches utiles dans cette fenêtre.</source>
        <translation>Everything also works without a mouse. These are the useful keys in this window.</translation>
    </message>
    <message>
        <source>Cas difficiles</source>
        <translation>Difficult cases</translation>
    </message>
    <message>
        <source>Liste des raccourcis clavier et cas difficiles</source>
        <translation>Keyboard shortcuts and difficult cases</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fermer l&apos;aide</source>
        <translation>Close the help</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message numerus="yes">
        <source>Dans %n seconde(s), l&apos;écran sera effacé pour la personne suivante.</source>
        <translation>
            <numerusform>In %n second, the screen will be cleared for the next person.</numerusform>
            <numerusform>In %n seconds, the screen will be cleared for the next person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je suis encore là</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <source>Garde ce qui a été tapé.</source>
        <translation>Keeps what was typed.</translation>
    </message>
</context>
<context>
    <name>IllustrationPanel</name>
    <message>
        <source>Agrandir le dessin</source>
        <translation>Enlarge the drawing</translation>
    </message>
    <message>
        <source>Montre le dessin du permis en grand. Échap pour le fermer.</source>
        <translation>Shows the licence drawing large. Escape closes it.</translation>
    </message>
    <message>
        <source>Permis rose</source>
        <translation>Pink licence</translation>
    </message>
    <message>
        <source>Permis rose (papier)</source>
        <translation>Pink licence (paper)</translation>
    </message>
    <message>
        <source>Montre où est le numéro sur le permis rose en papier.</source>
        <translation>Shows where the number is on the pink paper licence.</translation>
    </message>
    <message>
        <source>Permis carte</source>
        <translation>Card licence</translation>
    </message>
    <message>
        <source>Permis carte (format carte bancaire)</source>
        <translation>Card licence (bank-card size)</translation>
    </message>
    <message>
        <source>Montre où est le numéro sur le permis au format carte bancaire.</source>
        <translation>Shows where the number is on the bank-card-size licence.</translation>
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
    <name>MagnifierDialog</name>
    <message>
        <source>Dessin agrandi</source>
        <translation>Enlarged drawing</translation>
    </message>
    <message>
        <source>Fermer le dessin agrandi</source>
        <translation>Close the enlarged drawing</translation>
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
        <source>Pas d&apos;Internet sur cet ordinateur : imprimez votre numéro pour plus tard.</source>
        <translation>No Internet on this computer: print your number for later.</translation>
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
        <source>Cette case contient seulement des caractères invisibles. Effacez-la et tapez le numéro.</source>
        <translation>This box holds only invisible characters. Clear it and type the number.</translation>
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
        <source>Caractères tapés : %1. Vérifiez qu&apos;ils y sont tous, comme sur le permis.</source>
        <translation>Characters typed: %1. Check that they are all there, as on the licence.</translation>
    </message>
    <message>
        <source>%1 sur %2.</source>
        <translation>%1 of %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n caractère(s).</source>
        <translation>
            <numerusform>%n character.</numerusform>
            <numerusform>%n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>La lettre « %1 » a été lue comme le chiffre %2.</source>
        <translation>The letter “%1” was read as the digit %2.</translation>
    </message>
    <message>
        <source>Des marques de sens d&apos;écriture ont été retirées : la case peut montrer les caractères dans un autre ordre. Tapez ce qui est écrit dans le résultat.</source>
        <translation>Writing-direction marks were removed: the box may show the characters in another order. Type what the result shows.</translation>
    </message>
    <message>
        <source>L&apos;année %1 se tape sur 2 chiffres : %2.</source>
        <translation>The year %1 is typed in 2 digits: %2.</translation>
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
    <name>Question</name>
    <message>
        <source>Ouvre la page du premier permis obtenu après le 1er juin 1975 : où est le numéro et comment le taper.</source>
        <translation>Opens the page for a first licence obtained after 1 June 1975: where the number is and how to type it.</translation>
    </message>
    <message>
        <source>Ouvre la page du premier permis obtenu avant le 1er juin 1975 : où est le numéro et comment le taper.</source>
        <translation>Opens the page for a first licence obtained before 1 June 1975: where the number is and how to type it.</translation>
    </message>
    <message>
        <source>Ouvre la page des permis plus anciens : où est le numéro et comment le taper.</source>
        <translation>Opens the page for older licences: where the number is and how to type it.</translation>
    </message>
    <message>
        <source>Ouvre la page du permis carte : où est le numéro au verso et comment le taper.</source>
        <translation>Opens the page for the card licence: where the number is on the back and how to type it.</translation>
    </message>
    <message>
        <source>Ensuite, une question : la date de votre tout premier permis.</source>
        <translation>Next, one question: the date of your very first licence.</translation>
    </message>
    <message>
        <source>Ensuite : ce qu&apos;il faut regarder sur le permis pour le reconnaître.</source>
        <translation>Next: what to look for on the licence to recognise it.</translation>
    </message>
    <message>
        <source>Ensuite : ce qu&apos;il faut regarder au verso de la carte.</source>
        <translation>Next: what to look for on the back of the card.</translation>
    </message>
    <message>
        <source>Je ne sais pas</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Papier rose : 12 chiffres</source>
        <translation>Pink paper: 12 digits</translation>
    </message>
    <message>
        <source>Papier rose : numéro sur 2 lignes</source>
        <translation>Pink paper: number on 2 lines</translation>
    </message>
    <message>
        <source>Papier rose plus ancien : numéro + année + département</source>
        <translation>Older pink paper: number + year + department</translation>
    </message>
    <message>
        <source>Carte plastique</source>
        <translation>Plastic card</translation>
    </message>
    <message>
        <source>Quel permis avez-vous ?</source>
        <translation>Which licence do you have?</translation>
    </message>
    <message>
        <source>Choisissez le dessin qui ressemble à votre permis.</source>
        <translation>Choose the drawing that looks like your licence.</translation>
    </message>
    <message>
        <source>Regardez le numéro à côté de la photo :</source>
        <translation>Look at the number next to the photo:</translation>
    </message>
    <message>
        <source>• 12 chiffres sur une ligne : premier permis après le 1er juin 1975.
• De 1 à 15 lettres ou chiffres en haut, puis 2 fois 2 chiffres sur la ligne du bas : premier permis avant le 1er juin 1975.
• De 1 à 15 caractères seulement (il faudra aussi l&apos;année de délivrance et le département) : permis plus ancien.
• Sur la carte plastique, le numéro est au verso, en haut à gauche.</source>
        <translation>• 12 digits on one line: first licence after 1 June 1975.
• 1 to 15 letters or digits at the top, then 2 × 2 digits on the bottom line: first licence before 1 June 1975.
• 1 to 15 characters only (the year of issue and the department will also be needed): older licence.
• On the plastic card, the number is on the back, top left.</translation>
    </message>
    <message>
        <source>Quand avez-vous eu votre tout premier permis ?</source>
        <translation>When did you get your very first licence?</translation>
    </message>
    <message>
        <source>Le numéro ne change pas : la carte garde celui du tout premier permis.</source>
        <translation>The number does not change: the card keeps the one of the very first licence.</translation>
    </message>
    <message>
        <source>Après le 1er juin 1975</source>
        <translation>After 1 June 1975</translation>
    </message>
    <message>
        <source>Avant le 1er juin 1975</source>
        <translation>Before 1 June 1975</translation>
    </message>
    <message>
        <source>Regardez le numéro au verso de la carte, en haut à gauche :</source>
        <translation>Look at the number on the back of the card, top left:</translation>
    </message>
    <message>
        <source>• 12 chiffres, sur deux lignes : premier permis après le 1er juin 1975.
• De 1 à 15 lettres ou chiffres, puis 2 fois 2 chiffres : premier permis avant le 1er juin 1975.
• De 1 à 15 caractères (il faudra aussi l&apos;année de délivrance et le département) : permis plus ancien.</source>
        <translation>• 12 digits, on two lines: first licence after 1 June 1975.
• 1 to 15 letters or digits, then 2 × 2 digits: first licence before 1 June 1975.
• 1 to 15 characters (the year of issue and the department will also be needed): older licence.</translation>
    </message>
    <message>
        <source>12 chiffres</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>Lettres ou chiffres, puis 2 fois 2 chiffres</source>
        <translation>Letters or digits, then 2 × 2 digits</translation>
    </message>
    <message>
        <source>Numéro + année + département</source>
        <translation>Number + year + department</translation>
    </message>
</context>
<context>
    <name>QuestionScreen</name>
    <message>
        <source>‹ Retour</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Retour à la question précédente</source>
        <translation>Back to the previous question</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Copier : %1</source>
        <translation>Copy: %1</translation>
    </message>
    <message>
        <source>À taper sur le site : %1.</source>
        <translation>To type on the website: %1.</translation>
    </message>
    <message>
        <source>Si le site montre une seule case : %1</source>
        <translation>If the website shows a single box: %1</translation>
    </message>
    <message>
        <source>Pour relire : %1</source>
        <translation>To read back: %1</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>C&apos;est complet. À taper sur le site : %1</source>
        <translation>Complete. To type on the website: %1</translation>
    </message>
    <message>
        <source>Masquer</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Masquer la lecture du numéro</source>
        <translation>Hide how the number reads</translation>
    </message>
    <message>
        <source>En savoir plus</source>
        <translation>Learn more</translation>
    </message>
    <message>
        <source>En savoir plus : comment ce numéro se lit souvent</source>
        <translation>Learn more: how this number is usually read</translation>
    </message>
    <message>
        <source>Imprimer la fiche avec le numéro et les étapes</source>
        <translation>Print the sheet with the number and the steps</translation>
    </message>
    <message>
        <source>Imprimer la fiche : où trouver le numéro, et les étapes</source>
        <translation>Print the sheet: where to find the number, and the steps</translation>
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
    <message>
        <source>Imprimer la fiche</source>
        <translation>Print the sheet</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Lire le numéro à voix haute</source>
        <translation>Read the number aloud</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Effacement automatique</source>
        <translation>Automatic clearing</translation>
    </message>
    <message>
        <source>Effacer l&apos;écran pour la personne suivante après (minutes sans activité) :</source>
        <translation>Clear the screen for the next person after (minutes without activity):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>L&apos;effacement automatique a été désactivé pour cet ordinateur par la personne qui l&apos;administre.</source>
        <translation>Automatic clearing has been turned off for this computer by the person who manages it.</translation>
    </message>
    <message>
        <source>Trente secondes avant, un message prévient et le bouton « Je suis encore là » annule l&apos;effacement.</source>
        <translation>Thirty seconds before, a message warns, and the “I am still here” button cancels the clearing.</translation>
    </message>
    <message>
        <source>Minutes sans activité avant l&apos;effacement</source>
        <translation>Minutes without activity before clearing</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Aller à la case ou au bouton suivant.</source>
        <translation>Go to the next box or button.</translation>
    </message>
    <message>
        <source>Maj + Tab</source>
        <translation>Shift + Tab</translation>
    </message>
    <message>
        <source>Revenir à la case ou au bouton précédent.</source>
        <translation>Go back to the previous box or button.</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Dans une case : passer à la case suivante. Sur un bouton : appuyer dessus.</source>
        <translation>In a box: go to the next box. On a button: press it.</translation>
    </message>
    <message>
        <source>Espace</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Appuyer sur un bouton, cocher ou décocher une case.</source>
        <translation>Press a button, tick or untick a box.</translation>
    </message>
    <message>
        <source>Ctrl + 1, Ctrl + 2, Ctrl + 3</source>
        <translation>Ctrl + 1, Ctrl + 2, Ctrl + 3</translation>
    </message>
    <message>
        <source>Aller à l&apos;onglet 1, 2 ou 3.</source>
        <translation>Go to tab 1, 2 or 3.</translation>
    </message>
    <message>
        <source>Ctrl + plus</source>
        <translation>Ctrl + Plus</translation>
    </message>
    <message>
        <source>Agrandir le texte.</source>
        <translation>Make the text larger.</translation>
    </message>
    <message>
        <source>Ctrl + moins</source>
        <translation>Ctrl + Minus</translation>
    </message>
    <message>
        <source>Réduire le texte.</source>
        <translation>Make the text smaller.</translation>
    </message>
    <message>
        <source>Ctrl + 0</source>
        <translation>Ctrl + 0</translation>
    </message>
    <message>
        <source>Remettre le texte à sa taille normale.</source>
        <translation>Put the text back to its normal size.</translation>
    </message>
    <message>
        <source>Flèches haut et bas</source>
        <translation>Up and down arrows</translation>
    </message>
    <message>
        <source>Dans les étapes : aller à l&apos;étape précédente ou suivante.</source>
        <translation>In the steps: go to the previous or next step.</translation>
    </message>
    <message>
        <source>Ctrl + N</source>
        <translation>Ctrl + N</translation>
    </message>
    <message>
        <source>Nouvelle personne : tout effacer pour la personne suivante.</source>
        <translation>New person: clear everything for the next person.</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Ouvrir cette aide.</source>
        <translation>Open this help.</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Fermer une fenêtre comme celle-ci.</source>
        <translation>Close a window like this one.</translation>
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
<context>
    <name>SiteOpener</name>
    <message>
        <source>Ouverture du site…</source>
        <translation>Opening the site…</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Mon numéro de permis de conduire</source>
        <translation>My driving licence number</translation>
    </message>
    <message>
        <source>Imprimé le %1.</source>
        <translation>Printed on %1.</translation>
    </message>
    <message>
        <source>Où trouver le numéro</source>
        <translation>Where to find the number</translation>
    </message>
    <message>
        <source>À taper sur le site</source>
        <translation>To type on the website</translation>
    </message>
    <message>
        <source>Si le site montre une seule case :</source>
        <translation>If the website shows a single box:</translation>
    </message>
    <message>
        <source>S&apos;il montre des cases séparées :</source>
        <translation>If it shows separate boxes:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pour relire : %1</source>
        <translation>To read back: %1</translation>
    </message>
    <message>
        <source>Tapez sans espace, exactement comme écrit en gros ci-dessus.</source>
        <translation>Type it without spaces, exactly as written in large print above.</translation>
    </message>
    <message>
        <source>Les adresses</source>
        <translation>The addresses</translation>
    </message>
    <message>
        <source>Site de l&apos;ANTS : %1</source>
        <translation>ANTS website: %1</translation>
    </message>
    <message>
        <source>Mes points permis : %1</source>
        <translation>Mes points permis: %1</translation>
    </message>
    <message>
        <source>À préparer</source>
        <translation>Have ready</translation>
    </message>
    <message>
        <source>Les étapes sur le site</source>
        <translation>The steps on the website</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>zéro</source>
        <translation>zero</translation>
    </message>
    <message>
        <source>un</source>
        <translation>one</translation>
    </message>
    <message>
        <source>deux</source>
        <translation>two</translation>
    </message>
    <message>
        <source>trois</source>
        <translation>three</translation>
    </message>
    <message>
        <source>quatre</source>
        <translation>four</translation>
    </message>
    <message>
        <source>cinq</source>
        <translation>five</translation>
    </message>
    <message>
        <source>six</source>
        <translation>six</translation>
    </message>
    <message>
        <source>sept</source>
        <translation>seven</translation>
    </message>
    <message>
        <source>huit</source>
        <translation>eight</translation>
    </message>
    <message>
        <source>neuf</source>
        <translation>nine</translation>
    </message>
    <message>
        <source>a</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>bé</source>
        <translation>bee</translation>
    </message>
    <message>
        <source>cé</source>
        <translation>see</translation>
    </message>
    <message>
        <source>dé</source>
        <translation>dee</translation>
    </message>
    <message>
        <source>e</source>
        <translation>ee</translation>
    </message>
    <message>
        <source>effe</source>
        <translation>ef</translation>
    </message>
    <message>
        <source>gé</source>
        <translation>gee</translation>
    </message>
    <message>
        <source>ache</source>
        <translation>aitch</translation>
    </message>
    <message>
        <source>i</source>
        <translation>eye</translation>
    </message>
    <message>
        <source>ji</source>
        <translation>jay</translation>
    </message>
    <message>
        <source>ka</source>
        <translation>kay</translation>
    </message>
    <message>
        <source>elle</source>
        <translation>el</translation>
    </message>
    <message>
        <source>emme</source>
        <translation>em</translation>
    </message>
    <message>
        <source>enne</source>
        <translation>en</translation>
    </message>
    <message>
        <source>o</source>
        <translation>oh</translation>
    </message>
    <message>
        <source>pé</source>
        <translation>pee</translation>
    </message>
    <message>
        <source>qu</source>
        <translation>cue</translation>
    </message>
    <message>
        <source>erre</source>
        <translation>ar</translation>
    </message>
    <message>
        <source>esse</source>
        <translation>ess</translation>
    </message>
    <message>
        <source>té</source>
        <translation>tee</translation>
    </message>
    <message>
        <source>u</source>
        <translation>you</translation>
    </message>
    <message>
        <source>vé</source>
        <translation>vee</translation>
    </message>
    <message>
        <source>double vé</source>
        <translation>double you</translation>
    </message>
    <message>
        <source>ixe</source>
        <translation>ex</translation>
    </message>
    <message>
        <source>i grec</source>
        <translation>why</translation>
    </message>
    <message>
        <source>zède</source>
        <translation>zed</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 : %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Le permis de conduire.</source>
        <translation>The driving licence.</translation>
    </message>
    <message>
        <source>Ouvrez le site « Mes points permis » : mespoints.permisdeconduire.gouv.fr.</source>
        <translation>Open the “Mes points permis” website: mespoints.permisdeconduire.gouv.fr.</translation>
    </message>
    <message>
        <source>Connectez-vous avec FranceConnect (par exemple avec le compte impots.gouv.fr ou ameli), ou avec un compte créé sur le site lui-même.</source>
        <translation>Log in with FranceConnect (for example with an impots.gouv.fr or ameli account), or with an account created on the website itself.</translation>
    </message>
    <message>
        <source>La première fois, dites quel permis vous avez : la carte ou le permis rose en papier.</source>
        <translation>The first time, say which licence you have: the card or the pink paper licence.</translation>
    </message>
    <message>
        <source>Tapez le numéro de permis une fois, exactement comme l&apos;application le montre, pour le relier à votre compte.</source>
        <translation>Type the licence number once, exactly as the app shows it, to link it to your account.</translation>
    </message>
    <message>
        <source>Le solde de vos points s&apos;affiche.</source>
        <translation>Your points balance appears.</translation>
    </message>
    <message>
        <source>L&apos;identifiant et le mot de passe d&apos;un compte FranceConnect, par exemple impots.gouv.fr ou ameli (numéro de sécurité sociale et mot de passe). La liste des comptes proposés peut changer.</source>
        <translation>The username and password of a FranceConnect account, for example impots.gouv.fr or ameli (social security number and password). The list of accounts offered may change.</translation>
    </message>
    <message>
        <source>Sans compte FranceConnect : une adresse e-mail, pour créer un compte sur le site.</source>
        <translation>Without a FranceConnect account: an e-mail address, to create an account on the website.</translation>
    </message>
    <message>
        <source>Les points ne sont pas mis à jour en temps réel : une infraction récente ou des points récupérés peuvent ne pas apparaître encore.</source>
        <translation>Points are not updated in real time: a recent offence or points won back may not show yet.</translation>
    </message>
    <message>
        <source>Si le site affiche autre chose, suivez ses indications et gardez ce numéro sous les yeux.</source>
        <translation>If the website shows something else, follow its instructions and keep this number in front of you.</translation>
    </message>
    <message>
        <source>« Mes points permis » est le service officiel et gratuit du ministère de l&apos;Intérieur pour connaître son solde de points.</source>
        <translation>“Mes points permis” is the free, official service of the French Ministry of the Interior for checking your points balance.</translation>
    </message>
    <message>
        <source>Le permis est perdu ou illisible</source>
        <translation>The licence is lost or cannot be read</translation>
    </message>
    <message>
        <source>Le même numéro est imprimé sur les courriers au sujet des points (« Votre n° de dossier », en haut à gauche), sur le relevé d&apos;information, et sur le récépissé remis après une déclaration de perte.</source>
        <translation>The same number is printed on letters about points (“Votre n° de dossier”, top left), on the “relevé d’information” statement, and on the receipt given after reporting a loss.</translation>
    </message>
    <message>
        <source>Le site refuse le numéro</source>
        <translation>The website refuses the number</translation>
    </message>
    <message>
        <source>Relisez-le caractère par caractère avec le permis : l&apos;application ne peut pas voir deux chiffres inversés. Vérifiez aussi l&apos;onglet : il dépend de la date du premier permis, car le numéro reste le même toute la vie, même sur une carte.</source>
        <translation>Read it again character by character against the licence: the app cannot see two swapped digits. Also check the tab: it depends on the date of the first licence, because the number stays the same for life, even on a card.</translation>
    </message>
    <message>
        <source>Pas de compte FranceConnect</source>
        <translation>No FranceConnect account</translation>
    </message>
    <message>
        <source>Le site permet de créer son propre compte : nom, date de naissance, adresse e-mail et mot de passe, puis un e-mail pour activer le compte.</source>
        <translation>The website lets you create your own account: name, date of birth, e-mail address and password, then an e-mail to activate the account.</translation>
    </message>
    <message>
        <source>D&apos;après les informations officielles de %1.</source>
        <translation>Based on the official information of %1.</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Masquer les étapes ›</source>
        <translation>Hide the steps ›</translation>
    </message>
    <message>
        <source>Masquer les étapes sur le site</source>
        <translation>Hide the steps on the website</translation>
    </message>
    <message>
        <source>‹ Étapes</source>
        <translation>‹ Steps</translation>
    </message>
    <message>
        <source>Afficher les étapes sur le site</source>
        <translation>Show the steps on the website</translation>
    </message>
    <message>
        <source>Les étapes sur le site</source>
        <translation>The steps on the website</translation>
    </message>
    <message>
        <source>À préparer</source>
        <translation>Have ready</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Sur le site (cochez au fur et à mesure)</source>
        <translation>On the website (tick each step as you go)</translation>
    </message>
    <message>
        <source>Cas difficiles</source>
        <translation>Difficult cases</translation>
    </message>
    <message>
        <source>Ouvrir Mes points permis</source>
        <translation>Open Mes points permis</translation>
    </message>
    <message>
        <source>Ouvrir le site Mes points permis</source>
        <translation>Open the Mes points permis website</translation>
    </message>
    <message>
        <source>Ouvre %1 dans le navigateur.</source>
        <translation>Opens %1 in the browser.</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>Text size: %1%</translation>
    </message>
    <message>
        <source>Texte : %1 %</source>
        <translation>Text: %1%</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Réduire le texte</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Agrandir le texte</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Le texte est déjà à sa plus petite taille (%1 %).</source>
        <translation>The text is already at its smallest size (%1%).</translation>
    </message>
    <message>
        <source>Réduire le texte (Ctrl et moins). Taille actuelle : %1 %.</source>
        <translation>Smaller text (Ctrl and minus). Current size: %1%.</translation>
    </message>
    <message>
        <source>Le texte est déjà à sa plus grande taille (%1 %).</source>
        <translation>The text is already at its largest size (%1%).</translation>
    </message>
    <message>
        <source>Agrandir le texte (Ctrl et plus). Taille actuelle : %1 %.</source>
        <translation>Larger text (Ctrl and plus). Current size: %1%.</translation>
    </message>
</context>
<context>
    <name>VerticalScrollArea</name>
    <message>
        <source>Faire défiler</source>
        <translation>Scroll</translation>
    </message>
</context>
</TS>
