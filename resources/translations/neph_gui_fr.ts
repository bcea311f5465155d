<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>IdleBanner</name>
    <message numerus="yes">
        <source>Dans %n seconde(s), l&apos;écran sera effacé pour la personne suivante.</source>
        <translation>
            <numerusform>Dans %n seconde, l&apos;écran sera effacé pour la personne suivante.</numerusform>
            <numerusform>Dans %n secondes, l&apos;écran sera effacé pour la personne suivante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n chiffre(s) sur %1</source>
        <translation>
            <numerusform>%n chiffre sur %1</numerusform>
            <numerusform>%n chiffres sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caractère(s) sur %1</source>
        <translation>
            <numerusform>%n caractère sur %1</numerusform>
            <numerusform>%n caractères sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caractère(s) (de %1 à %2)</source>
        <translation>
            <numerusform>%n caractère (de %1 à %2)</numerusform>
            <numerusform>%n caractères (de %1 à %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuez : encore %n chiffre(s).</source>
        <translation>
            <numerusform>Continuez : encore %n chiffre.</numerusform>
            <numerusform>Continuez : encore %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Il manque %n chiffre(s). Regardez bien votre permis.</source>
        <translation>
            <numerusform>Il manque %n chiffre. Regardez bien votre permis.</numerusform>
            <numerusform>Il manque %n chiffres. Regardez bien votre permis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuez : encore %n caractère(s).</source>
        <translation>
            <numerusform>Continuez : encore %n caractère.</numerusform>
            <numerusform>Continuez : encore %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Il manque %n caractère(s). Regardez bien votre permis.</source>
        <translation>
            <numerusform>Il manque %n caractère. Regardez bien votre permis.</numerusform>
            <numerusform>Il manque %n caractères. Regardez bien votre permis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Il y a %n chiffre(s) de trop : il en faut %1. Vérifiez le numéro.</source>
        <translation>
            <numerusform>Il y a %n chiffre de trop : il en faut %1. Vérifiez le numéro.</numerusform>
            <numerusform>Il y a %n chiffres de trop : il en faut %1. Vérifiez le numéro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Il y a %n caractère(s) de trop : %1 au plus. Vérifiez le numéro.</source>
        <translation>
            <numerusform>Il y a %n caractère de trop : %1 au plus. Vérifiez le numéro.</numerusform>
            <numerusform>Il y a %n caractères de trop : %1 au plus. Vérifiez le numéro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caractère(s).</source>
        <translation>
            <numerusform>%n caractère.</numerusform>
            <numerusform>%n caractères.</numerusform>
        </translation>
    </message>
</context>
</TS>
