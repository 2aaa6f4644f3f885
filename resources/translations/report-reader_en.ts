<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EntityFeature</name>
    <message numerus="yes">
        <location filename="../../gui/ui/entities/install.py" line="202"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityModel</name>
    <message numerus="yes">
        <location filename="../../gui/models/entity_model.py" line="247"/>
        <source>%1 · %n occurrence(s) · click for the next</source>
        <translation>
            <numerusform>%1 · %n occurrence · click for the next</numerusform>
            <numerusform>%1 · %n occurrences · click for the next</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindAllFeature</name>
    <message numerus="yes">
        <location filename="../../gui/ui/find_all.py" line="252"/>
        <source>Searching… %n places so far</source>
        <translation>
            <numerusform>Searching… %n place so far</numerusform>
            <numerusform>Searching… %n places so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/find_all.py" line="254"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FurnitureFolds</name>
    <message numerus="yes">
        <location filename="../../gui/ui/furniture_folds.py" line="226"/>
        <source>▸ Page furniture: %n line(s) folded — click to show</source>
        <translation>
            <numerusform>▸ Page furniture: %n line folded — click to show</numerusform>
            <numerusform>▸ Page furniture: %n lines folded — click to show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFeature</name>
    <message numerus="yes">
        <location filename="../../gui/ui/library/feature.py" line="318"/>
        <source>%n reports indexed</source>
        <translation>
            <numerusform>%n report indexed</numerusform>
            <numerusform>%n reports indexed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/library/feature.py" line="320"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../gui/ui/main_window.py" line="376"/>
        <source>%n byte(s) of this file could not be decoded; they are marked as damaged text</source>
        <translation>
            <numerusform>%n byte of this file could not be decoded; it is marked as damaged text</numerusform>
            <numerusform>%n bytes of this file could not be decoded; they are marked as damaged text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotebookWindow</name>
    <message numerus="yes">
        <location filename="../../gui/ui/library/notebook.py" line="227"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/library/notebook.py" line="229"/>
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/ui/library/notebook.py" line="230"/>
        <source>%n reports</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <location filename="../../gui/models/outline_model.py" line="153"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/outline_model.py" line="155"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
</TS>
