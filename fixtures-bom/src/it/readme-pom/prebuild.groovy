// The README's Installation POM and this project's pom.xml must be the same text, and name this build's version.
def readme = new File(projectRoot, 'README.md').text
def section = readme.substring(readme.indexOf('\n## Installation'))
def start = section.indexOf('```xml\n<?xml')
assert start >= 0 : 'no complete POM in the Installation section of README.md'
def fromReadme = section.substring(start + '```xml\n'.length(), section.indexOf('```\n', start + 7))
def pom = new File(basedir, 'pom.xml').text
assert fromReadme == pom : 'README.md (Installation) and fixtures-bom/src/it/readme-pom/pom.xml differ: make them the same'
assert pom.contains('<artifactId>fixtures-bom</artifactId>\n        <version>' + projectVersion + '</version>') :
        'the Installation POM does not name this build\'s version ' + projectVersion
return true
