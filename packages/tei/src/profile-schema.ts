/**
 * RELAX NG (XML syntax) for Warraq's TEI profile: the exact subset of TEI P5 that `encodeTei` and
 * `encodeTeiCorpus` write. It is small enough to compile in milliseconds with libxml2 (xmllint-wasm),
 * where tei_all takes ~20 s, and stricter than tei_all about what Warraq means (vocabularies,
 * attribute patterns, where each element goes). Prose written for people (editorialDecl) is left open.
 * Kept as a string so the package reads no files.
 */
export const PROFILE_RNG = `<?xml version="1.0" encoding="UTF-8"?>
<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0"
  datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><choice><ref name="TEI"/><ref name="teiCorpus"/></choice></start>

  <define name="id"><attribute name="xml:id"><data type="NCName"/></attribute></define>
  <define name="lang"><optional><attribute name="xml:lang"><data type="language"/></attribute></optional></define>
  <define name="pointer"><data type="string"><param name="pattern">#[^\\s#]+</param></data></define>
  <define name="isoDate"><data type="string"><param name="pattern">\\d{4}(-\\d{2}(-\\d{2})?)?</param></data></define>
  <define name="isoTime"><data type="string"><param name="pattern">([01]\\d|2[0-3]):[0-5]\\d:00(Z|[+\\-]\\d{2}:\\d{2})?</param></data></define>
  <define name="isoDateTime"><data type="string"><param name="pattern">\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:00(Z|[+\\-]\\d{2}:\\d{2})?</param></data></define>
  <define name="cert"><attribute name="cert"><choice><value>high</value><value>medium</value><value>low</value><value>unknown</value></choice></attribute></define>
  <define name="word"><data type="string"><param name="pattern">[^\\p{C}\\p{Z}]*</param></data></define>
  <define name="g">
    <element name="g">
      <attribute name="type"><value>x-unrepresentable</value></attribute>
      <attribute name="n"><data type="string"><param name="pattern">U\\+[0-9A-F]{4}</param></data></attribute>
      <empty/>
    </element>
  </define>
  <define name="chars"><zeroOrMore><choice><text/><ref name="g"/></choice></zeroOrMore></define>
  <define name="anyTei">
    <element><nsName/>
      <zeroOrMore><attribute><anyName/></attribute></zeroOrMore>
      <zeroOrMore><choice><text/><ref name="anyTei"/></choice></zeroOrMore>
    </element>
  </define>

  <define name="TEI">
    <element name="TEI">
      <ref name="id"/>
      <attribute name="xml:lang"><data type="language"/></attribute>
      <ref name="teiHeader"/>
      <ref name="standOff"/>
      <element name="text"><ref name="body"/></element>
    </element>
  </define>

  <define name="teiCorpus">
    <element name="teiCorpus">
      <optional><ref name="id"/></optional>
      <ref name="lang"/>
      <element name="teiHeader"><oneOrMore><ref name="anyTei"/></oneOrMore></element>
      <oneOrMore><ref name="TEI"/></oneOrMore>
    </element>
  </define>

  <define name="teiHeader">
    <element name="teiHeader">
      <element name="fileDesc">
        <element name="titleStmt">
          <optional><element name="title"><attribute name="type"><choice><value>main</value><value>supplied</value></choice></attribute><ref name="lang"/><ref name="chars"/></element></optional>
          <element name="title"><attribute name="type"><value>desc</value></attribute><ref name="lang"/><text/></element>
          <element name="respStmt">
            <element name="resp"><ref name="lang"/><text/></element>
            <element name="name"><ref name="id"/><attribute name="type"><value>software</value></attribute><text/></element>
          </element>
        </element>
        <element name="publicationStmt">
          <element name="publisher"><ref name="chars"/></element>
          <element name="availability">
            <attribute name="status"><choice><value>restricted</value><value>unknown</value></choice></attribute>
            <choice>
              <group>
                <element name="licence"><attribute name="n"><value>article</value></attribute><optional><attribute name="target"><data type="anyURI"/></attribute></optional><ref name="chars"/></element>
                <optional><element name="licence"><attribute name="n"><value>article-url</value></attribute><ref name="chars"/></element></optional>
              </group>
              <element name="p"><ref name="lang"/><text/></element>
            </choice>
            <element name="licence"><attribute name="n"><value>markup</value></attribute><ref name="lang"/><ref name="chars"/></element>
          </element>
          <element name="idno"><attribute name="type"><value>warraq</value></attribute><data type="NCName"/></element>
          <element name="idno"><attribute name="type"><value>sha256</value></attribute><data type="string"><param name="pattern">[0-9a-f]{64}</param></data></element>
          <optional><element name="date"><attribute name="when"><ref name="isoDate"/></attribute><text/></element></optional>
        </element>
        <element name="sourceDesc"><ref name="biblStruct"/></element>
      </element>
      <element name="encodingDesc">
        <element name="appInfo">
          <element name="application">
            <attribute name="ident"><value>warraq</value></attribute>
            <attribute name="version"><text/></attribute>
            <element name="label"><text/></element>
            <element name="desc"><ref name="lang"/><text/></element>
          </element>
        </element>
        <element name="editorialDecl"><oneOrMore><ref name="anyTei"/></oneOrMore></element>
      </element>
      <element name="profileDesc">
        <optional><element name="creation"><element name="date"><attribute name="when"><ref name="isoDate"/></attribute><ref name="cert"/><empty/></element></element></optional>
        <element name="langUsage"><oneOrMore><element name="language"><attribute name="ident"><data type="language"/></attribute><text/></element></oneOrMore></element>
        <optional><element name="textClass"><element name="keywords"><oneOrMore><element name="term"><ref name="lang"/><ref name="chars"/></element></oneOrMore></element></element></optional>
        <optional>
          <element name="calendarDesc">
            <oneOrMore>
              <element name="calendar"><ref name="id"/><attribute name="type"><value>islamic-umalqura</value></attribute><element name="p"><ref name="lang"/><text/></element></element>
            </oneOrMore>
          </element>
        </optional>
      </element>
      <element name="revisionDesc">
        <oneOrMore>
          <element name="change"><optional><attribute name="when"><ref name="isoDate"/></attribute></optional><attribute name="who"><ref name="pointer"/></attribute><ref name="lang"/><text/></element>
        </oneOrMore>
      </element>
    </element>
  </define>

  <define name="biblStruct">
    <element name="biblStruct">
      <attribute name="type"><value>newsArticle</value></attribute>
      <optional>
        <element name="analytic">
          <optional><element name="title"><attribute name="level"><value>a</value></attribute><attribute name="type"><choice><value>main</value><value>supplied</value></choice></attribute><ref name="lang"/><ref name="chars"/></element></optional>
          <zeroOrMore><element name="author"><ref name="lang"/><ref name="chars"/></element></zeroOrMore>
          <optional><element name="idno"><attribute name="type"><value>URL</value></attribute><ref name="chars"/></element></optional>
        </element>
      </optional>
      <element name="monogr">
        <choice>
          <oneOrMore><element name="title"><attribute name="level"><value>j</value></attribute><ref name="lang"/><ref name="chars"/></element></oneOrMore>
          <element name="title"><attribute name="level"><value>j</value></attribute><attribute name="type"><value>unknown</value></attribute><empty/></element>
        </choice>
        <optional><element name="idno"><attribute name="type"><value>URL</value></attribute><ref name="chars"/></element></optional>
        <element name="imprint">
          <element name="date"><attribute name="type"><value>published</value></attribute><optional><attribute name="when"><ref name="isoDate"/></attribute></optional><ref name="cert"/><empty/></element>
          <optional><element name="date"><attribute name="type"><value>accessed</value></attribute><attribute name="when"><ref name="isoDate"/></attribute><empty/></element></optional>
        </element>
      </element>
      <optional><element name="note"><attribute name="type"><value>published</value></attribute><ref name="chars"/></element></optional>
    </element>
  </define>

  <define name="standOff">
    <element name="standOff">
      <optional><element name="listPerson"><oneOrMore><element name="person"><ref name="entityBody"/><oneOrMore><element name="persName"><ref name="nameAttrs"/></element></oneOrMore><ref name="entityTail"/></element></oneOrMore></element></optional>
      <optional><element name="listOrg"><oneOrMore><element name="org"><ref name="entityBody"/><oneOrMore><element name="orgName"><ref name="nameAttrs"/></element></oneOrMore><ref name="entityTail"/></element></oneOrMore></element></optional>
      <optional><element name="listPlace"><oneOrMore><element name="place"><ref name="entityBody"/><oneOrMore><element name="placeName"><ref name="nameAttrs"/></element></oneOrMore><ref name="entityTail"/></element></oneOrMore></element></optional>
      <optional>
        <element name="interpGrp"><attribute name="type"><value>role</value></attribute><oneOrMore><element name="interp"><ref name="id"/><ref name="chars"/></element></oneOrMore></element>
      </optional>
      <element name="fs"><attribute name="type"><value>warraq-record</value></attribute><oneOrMore><ref name="f"/></oneOrMore></element>
    </element>
  </define>
  <define name="entityBody"><ref name="id"/><attribute name="n"><data type="positiveInteger"/></attribute></define>
  <define name="nameAttrs">
    <optional><attribute name="type"><choice><value>main</value><value>short</value><value>alias</value><value>variant</value></choice></attribute></optional>
    <ref name="lang"/><ref name="chars"/>
  </define>
  <define name="entityTail">
    <zeroOrMore><element name="idno"><attribute name="type"><ref name="word"/></attribute><ref name="chars"/></element></zeroOrMore>
    <zeroOrMore><element name="note"><attribute name="type"><value>role</value></attribute><ref name="chars"/></element></zeroOrMore>
  </define>
  <define name="f">
    <element name="f">
      <attribute name="name"><data type="NCName"/></attribute>
      <ref name="featureValue"/>
    </element>
  </define>
  <define name="featureValue">
    <choice>
      <element name="string"><ref name="chars"/></element>
      <element name="symbol"><attribute name="value"><text/></attribute><empty/></element>
      <element name="numeric"><attribute name="value"><data type="integer"/></attribute><empty/></element>
      <element name="binary"><attribute name="value"><data type="boolean"/></attribute><empty/></element>
      <element name="fs"><attribute name="type"><data type="NCName"/></attribute><oneOrMore><ref name="f"/></oneOrMore></element>
      <element name="vColl"><attribute name="org"><value>list</value></attribute><zeroOrMore><ref name="featureValue"/></zeroOrMore></element>
    </choice>
  </define>

  <define name="body">
    <element name="body">
      <element name="div">
        <attribute name="type"><value>article</value></attribute><ref name="id"/>
        <choice>
          <element name="gap"><attribute name="reason"><value>empty</value></attribute><empty/></element>
          <group>
            <zeroOrMore><ref name="block"/></zeroOrMore>
            <zeroOrMore>
              <element name="div"><attribute name="type"><value>section</value></attribute><ref name="id"/><oneOrMore><ref name="block"/></oneOrMore></element>
            </zeroOrMore>
          </group>
        </choice>
      </element>
    </element>
  </define>
  <define name="block">
    <choice>
      <element name="head"><ref name="id"/><attribute name="type"><choice><value>main</value><value>sub</value></choice></attribute><ref name="lang"/><ref name="blockContent"/></element>
      <element name="p"><ref name="id"/><ref name="lang"/><ref name="blockContent"/></element>
      <element name="ab"><ref name="id"/><attribute name="type"><choice><value>lead</value><value>dateline</value><value>byline</value><value>caption</value></choice></attribute><ref name="lang"/><ref name="blockContent"/></element>
    </choice>
  </define>
  <define name="blockContent">
    <ref name="inlines"/>
    <optional><element name="gap"><attribute name="reason"><value>truncated</value></attribute><empty/></element></optional>
  </define>
  <define name="inlines">
    <zeroOrMore>
      <choice>
        <text/><ref name="g"/>
        <element name="quote"><ref name="quotationAttrs"/><ref name="inlines"/></element>
        <element name="q"><optional><attribute name="type"><choice><value>alias</value><value>unknown</value></choice></attribute></optional><ref name="quotationAttrs"/><ref name="inlines"/></element>
        <element name="soCalled"><ref name="quotationAttrs"/><ref name="inlines"/></element>
        <element name="date"><optional><attribute name="when"><choice><ref name="isoDate"/><ref name="isoDateTime"/></choice></attribute></optional><ref name="dateAttrs"/><ref name="inlines"/></element>
        <element name="time"><attribute name="when"><ref name="isoTime"/></attribute><ref name="dateAttrs"/><ref name="inlines"/></element>
        <element name="num">
          <attribute name="type"><choice><value>cardinal</value><value>ordinal</value><value>percentage</value><value>fraction</value><value>identifier</value></choice></attribute>
          <attribute name="value"><data type="string"><param name="pattern">-?\\d+(\\.\\d+)?</param></data></attribute>
          <ref name="inlines"/>
        </element>
        <element name="persName"><ref name="mentionAttrs"/><ref name="inlines"/></element>
        <element name="orgName"><ref name="mentionAttrs"/><ref name="inlines"/></element>
        <element name="placeName"><ref name="mentionAttrs"/><ref name="inlines"/></element>
      </choice>
    </zeroOrMore>
  </define>
  <define name="quotationAttrs">
    <optional><attribute name="source"><ref name="pointer"/></attribute></optional>
    <attribute name="rend"><data type="string"><param name="pattern">open\\([^()\\p{C}\\p{Z}]*\\) close\\([^()\\p{C}\\p{Z}]*\\)</param></data></attribute>
  </define>
  <define name="mentionAttrs">
    <attribute name="ref"><ref name="pointer"/></attribute>
    <optional><attribute name="ana"><ref name="pointer"/></attribute></optional>
  </define>
  <define name="dateAttrs">
    <optional><attribute name="from"><ref name="isoDate"/></attribute></optional>
    <optional><attribute name="to"><ref name="isoDate"/></attribute></optional>
    <optional><attribute name="from-iso"><ref name="isoDate"/></attribute></optional>
    <optional><attribute name="to-iso"><ref name="isoDate"/></attribute></optional>
    <optional>
      <attribute name="calendar"><ref name="pointer"/></attribute>
      <attribute name="datingMethod"><ref name="pointer"/></attribute>
    </optional>
    <optional><attribute name="when-custom"><data type="string"><param name="pattern">\\d{1,4}(-\\d{2}(-\\d{2})?)?</param></data></attribute></optional>
    <optional>
      <attribute name="type"><value>relative</value></attribute>
      <attribute name="subtype"><ref name="word"/></attribute>
      <optional><attribute name="dur-iso"><data type="string"><param name="pattern">-?P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?</param></data></attribute></optional>
      <attribute name="evidence"><value>conjecture</value></attribute>
      <attribute name="resp"><ref name="pointer"/></attribute>
    </optional>
    <ref name="cert"/>
  </define>
</grammar>
`;
