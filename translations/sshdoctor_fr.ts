<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SshDoctor::AboutDialog</name>
    <message>
        <source>About SSH Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds out why an SSH connection fails before login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found (no ssh command on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Doctor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libssh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSH client: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::CheckAnnouncer</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Doctor — %1 — stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Doctor — %1 — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Doctor — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 has ended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::CheckingPage</name>
    <message>
        <source>Checking the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step of an SSH connection, from finding the server to agreeing on encryption. Green passed, amber is a warning, red failed, grey was not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the &amp;diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail of the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now and keep what was found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try %1 more times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1 more times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks %1 times in a row, a second apart, to see whether the failure comes and goes (a server that is busy or throttles connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this report comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 from this computer. The opened report stays as it is in its file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::DiagnosisPage</name>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most likely cause comes first. Select a finding to read why, and to see its evidence highlighted on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to &amp;fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this report comes from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::DiagnosisWizard</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::DurationText</name>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 0.1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::FindingText</name>
    <message>
        <source>Stops the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SSH Doctor saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What else it could be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before SSH Doctor could tell what is wrong. The timeline shows how far it got; check again to let it finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline shows where the connection broke, but this version of SSH Doctor has no explanation for this case yet. The report on the last page holds everything that was recorded, for a helpdesk or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::FixPage</name>
    <message>
        <source>How to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-to-paste commands, grouped by where you type them. Read the risk of each before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fixes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fixes &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to type the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this report comes from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::HandshakeTimeline</name>
    <message>
        <source>Handshake timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::ImportBanner</name>
    <message>
        <source>Imported from %1, opened %2. The check ran %3. This is the report as it was saved, not a check from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1, opened %2. It does not say when the check ran. This is the report as it was saved, not a check from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::MainWindow</name>
    <message>
        <source>SSH Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SSH Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report saved as JSON, by this app or by sshdoctor-cli --report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Doctor reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be opened as an SSH Doctor report. What was on screen is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::ProfilePanel</name>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles keep the server, user, port and waiting time; never a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::ProgressNarrator</name>
    <message>
        <source>Stopping the check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the check of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the address of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is sending text, but not yet the greeting an SSH server sends…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Waiting for the server to introduce itself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server introduced itself. Asking which encryption methods it supports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting for %2 of at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. What was found until then is kept below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. Most likely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. The connection broke at the step marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. Every step that was checked passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again, to see whether the result changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list never came. Trying once more with small packets, to see whether large ones are lost on the way…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::ReportPage</name>
    <message>
        <source>Report for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this check found, as text to paste into a ticket or an e-mail to whoever runs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole report as PDF, HTML, Markdown or JSON (by the file name&apos;s extension). A JSON report can be opened again with sshdoctor-cli --open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide host names, addresses, user names and key fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for people (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown for tickets (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, to open again (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the file name must end in .pdf, .html, .md or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this report comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide host names, addresses, user names and key fingerprints in what is shown, copied and exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sharing outside your organisation: each one is replaced by a placeholder such as host-1 or address-2, the same everywhere, in the text below, in what you copy and in the exported file. Leave it off for your own helpdesk: they need the real names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders stand in for them below, in what you copy and in the file you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What hiding does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole report in Markdown, for tickets and chats that format it: headings, tables and the fixes as code blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing host names, addresses, user names and key fingerprints …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1, but nothing on this computer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::SnippetCard</name>
    <message>
        <source>Any system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian, Ubuntu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RHEL, Fedora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syslog files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::StartPage</name>
    <message>
        <source>Which SSH server does not let you in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server as you would after ssh. SSH Doctor only looks at the connection: it never logs in and never asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.example.com, alice@server:2222 or 192.0.2.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in ssh -l (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting after, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up &amp;waiting after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to fill in, double-click or Enter to check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ways to start (coming later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an error message — coming later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m on the server — coming later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice lab — coming later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a server name or address to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to check %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::StatusGlyph</name>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::StepDetailLines</name>
    <message>
        <source>Bytes received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First byte after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines before the identification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another protocol answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes after the identification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet length: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server disconnected with code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server guessed the key exchange and sent its first packet early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh would connect to %1 port %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ciphers, to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ciphers, from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACs, to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACs, from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression, to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression, from the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::StepDetailText</name>
    <message>
        <source>At %1 after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 after the start (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(green: strong, amber: weak, red: broken; bold: what your ssh would choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in common with your ssh client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::TimelineFeed</name>
    <message>
        <source>It broke here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the check here. Everything up to this point is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a step of the timeline (click it, or use the arrow keys) to see everything recorded about it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::TimelineModel</name>
    <message>
        <source>Not reached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 after %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not needed, another address answered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send our identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent our SSH version line as soon as the connection opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent &quot;%1&quot; as soon as the connection opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send our algorithm list (KEXINIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We offered every algorithm OpenSSH, Dropbear, libssh and PuTTY know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server algorithm list (KEXINIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the server&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm lists (KEXINIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on encryption (NEWKEYS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your ssh settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many connections at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ssh and the server have algorithms in common: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ssh and the server have nothing in common for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with small packets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshDoctor::TimelinePainter</name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Finds out why an SSH connection fails before login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[user@]host[:port] to check at once, or a saved report (.json) to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
