using System.Xml.Linq;

namespace BookBuilder.Tests.Epub;

/// <summary>Small XML assertions that ignore namespaces where the test does not care.</summary>
internal static class XNamespaceHelper
{
    public static void AssertSingle(XDocument doc, string localName, string attribute, string value)
    {
        var matches = doc.Descendants().Where(e => e.Name.LocalName == localName).ToArray();
        Assert.Single(matches);
        Assert.Equal(value, (string?)matches[0].Attribute(attribute));
    }
}
