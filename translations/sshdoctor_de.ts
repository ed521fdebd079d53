<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SshDoctor::AboutDialog</name>
    <message>
        <source>About SSH Doctor</source>
        <translation>Über SSH Doctor</translation>
    </message>
    <message>
        <source>SSH Doctor</source>
        <translation>SSH Doctor</translation>
    </message>
    <message>
        <source>Finds out why an SSH connection fails before login.</source>
        <translation>Findet heraus, warum eine SSH-Verbindung vor der Anmeldung scheitert.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird ermittelt …</translation>
    </message>
    <message>
        <source>not found (no ssh command on this computer)</source>
        <translation>nicht gefunden (kein ssh-Befehl auf diesem Computer)</translation>
    </message>
    <message>
        <source>SSH Doctor %1</source>
        <translation>SSH Doctor %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>libssh %1</source>
        <translation>libssh %1</translation>
    </message>
    <message>
        <source>OpenSSH client: %1</source>
        <translation>OpenSSH-Client: %1</translation>
    </message>
</context>
<context>
    <name>SshDoctor::CheckAnnouncer</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>a step failed</source>
        <translation>ein Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>nothing failed</source>
        <translation>nichts ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>SSH Doctor</source>
        <translation>SSH Doctor</translation>
    </message>
    <message>
        <source>SSH Doctor — %1 — stopping…</source>
        <translation>SSH Doctor — %1 — wird angehalten …</translation>
    </message>
    <message>
        <source>SSH Doctor — %1 — checking…</source>
        <translation>SSH Doctor — %1 — wird geprüft …</translation>
    </message>
    <message>
        <source>SSH Doctor — %1 — %2</source>
        <translation>SSH Doctor — %1 — %2</translation>
    </message>
    <message>
        <source>The check of %1 has ended: %2.</source>
        <translation>Die Prüfung von %1 ist beendet: %2.</translation>
    </message>
</context>
<context>
    <name>SshDoctor::CheckingPage</name>
    <message>
        <source>Checking the connection</source>
        <translation>Die Verbindung wird geprüft</translation>
    </message>
    <message>
        <source>See the &amp;diagnosis</source>
        <translation>Zur &amp;Diagnose</translation>
    </message>
    <message>
        <source>What is happening now</source>
        <translation>Was gerade passiert</translation>
    </message>
    <message>
        <source>Detail of the selected step</source>
        <translation>Einzelheiten zum gewählten Schritt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <source>Stop now and keep what was found so far</source>
        <translation>Jetzt anhalten und behalten, was bisher gefunden wurde</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Try %1 more times</source>
        <translation>&amp;%1-mal erneut versuchen</translation>
    </message>
    <message>
        <source>Try %1 more times</source>
        <translation>%1-mal erneut versuchen</translation>
    </message>
    <message>
        <source>Where this report comes from</source>
        <translation>Woher dieser Bericht stammt</translation>
    </message>
    <message>
        <source>Check %1 from this computer. The opened report stays as it is in its file.</source>
        <translation>%1 von diesem Computer aus prüfen. Der geöffnete Bericht bleibt in seiner Datei unverändert.</translation>
    </message>
    <message>
        <source>Each step of an SSH connection, from finding the server to agreeing on encryption. The legend under the timeline says what each colour and shape means.</source>
        <translation>Jeder Schritt einer SSH-Verbindung, vom Finden des Servers bis zur Einigung auf die Verschlüsselung. Die Legende unter der Zeitleiste erklärt, was jede Farbe und Form bedeutet.</translation>
    </message>
    <message>
        <source>Checks %1 times in a row, with a pause of %2 after each try, to see whether the failure comes and goes (a server that is busy or throttles connections)</source>
        <translation>Prüft %1-mal hintereinander, mit einer Pause von %2 nach jedem Versuch, um zu sehen, ob der Fehler mal auftritt und mal nicht (ein Server, der ausgelastet ist oder Verbindungen drosselt)</translation>
    </message>
</context>
<context>
    <name>SshDoctor::DiagnosisPage</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>The most likely cause comes first. Select a finding to read why, and to see its evidence highlighted on the timeline.</source>
        <translation>Die wahrscheinlichste Ursache steht oben. Wählen Sie einen Befund, um die Begründung zu lesen und seine Belege in der Zeitleiste hervorgehoben zu sehen.</translation>
    </message>
    <message>
        <source>How to &amp;fix it</source>
        <translation>So &amp;beheben Sie es</translation>
    </message>
    <message>
        <source>Findings, most likely first</source>
        <translation>Befunde, wahrscheinlichster zuerst</translation>
    </message>
    <message>
        <source>Explanation of the selected finding</source>
        <translation>Erklärung des gewählten Befunds</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>No explanation yet</source>
        <translation>Noch keine Erklärung</translation>
    </message>
    <message>
        <source>&amp;Report for a ticket</source>
        <translation>&amp;Bericht für ein Ticket</translation>
    </message>
    <message>
        <source>Where this report comes from</source>
        <translation>Woher dieser Bericht stammt</translation>
    </message>
    <message>
        <source>The most likely cause</source>
        <translation>Die wahrscheinlichste Ursache</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SshDoctor::DiagnosisWizard</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Neue Prüfung</translation>
    </message>
</context>
<context>
    <name>SshDoctor::DurationText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&lt; 0.1 ms</source>
        <translation>&lt; 0,1 ms</translation>
    </message>
</context>
<context>
    <name>SshDoctor::FindingText</name>
    <message>
        <source>Stops the connection</source>
        <translation>Verhindert die Verbindung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Hohe Sicherheit</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Mittlere Sicherheit</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Geringe Sicherheit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What SSH Doctor saw</source>
        <translation>Was SSH Doctor beobachtet hat</translation>
    </message>
    <message>
        <source>Check next</source>
        <translation>Als Nächstes prüfen</translation>
    </message>
    <message>
        <source>What else it could be</source>
        <translation>Was es sonst sein könnte</translation>
    </message>
    <message>
        <source>No explanation yet</source>
        <translation>Noch keine Erklärung</translation>
    </message>
    <message>
        <source>The check was stopped before SSH Doctor could tell what is wrong. The timeline shows how far it got; check again to let it finish.</source>
        <translation>Die Prüfung wurde angehalten, bevor SSH Doctor sagen konnte, was nicht stimmt. Die Zeitleiste zeigt, wie weit sie kam; prüfen Sie erneut, um sie zu Ende laufen zu lassen.</translation>
    </message>
    <message>
        <source>The timeline shows where the connection broke, but this version of SSH Doctor has no explanation for this case yet. The report on the last page holds everything that was recorded, for a helpdesk or an administrator.</source>
        <translation>Die Zeitleiste zeigt, wo die Verbindung abbrach, aber diese Version von SSH Doctor hat für diesen Fall noch keine Erklärung. Der Bericht auf der letzten Seite enthält alles Aufgezeichnete, für einen Helpdesk oder einen Administrator.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>marker, not an algorithm</source>
        <translation>Markierung, kein Algorithmus</translation>
    </message>
    <message>
        <source>in common</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>nearest: your ssh can enable it</source>
        <translation>nächstliegend: Ihr ssh kann es aktivieren</translation>
    </message>
    <message>
        <source>Your ssh offers</source>
        <translation>Ihr ssh bietet an</translation>
    </message>
    <message>
        <source>The server offers</source>
        <translation>Der Server bietet an</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>akzeptabel</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>SSH Doctor did not find this in this check; it is another cause that can look alike.</source>
        <translation>SSH Doctor hat dies bei dieser Prüfung nicht festgestellt; es ist eine andere Ursache, die ähnlich aussehen kann.</translation>
    </message>
    <message>
        <source>Back to the finding</source>
        <translation>Zurück zum Befund</translation>
    </message>
    <message>
        <source>the list below</source>
        <translation>die Liste unten</translation>
    </message>
</context>
<context>
    <name>SshDoctor::FixPage</name>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>Ready-to-paste commands, grouped by where you type them. Read the risk of each before you use it.</source>
        <translation>Befehle zum Einfügen, geordnet danach, wo Sie sie eingeben. Lesen Sie vor der Verwendung das jeweilige Risiko.</translation>
    </message>
    <message>
        <source>&amp;Report for a ticket</source>
        <translation>&amp;Bericht für ein Ticket</translation>
    </message>
    <message>
        <source>Where to type the fix</source>
        <translation>Wo die Lösung eingegeben wird</translation>
    </message>
    <message>
        <source>Every system</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>On this computer (%1)</source>
        <translation>Auf diesem Computer (%1)</translation>
    </message>
    <message>
        <source>On the server (%1)</source>
        <translation>Auf dem Server (%1)</translation>
    </message>
    <message>
        <source>Where this report comes from</source>
        <translation>Woher dieser Bericht stammt</translation>
    </message>
    <message>
        <source>The server runs</source>
        <translation>Auf dem Server läuft</translation>
    </message>
    <message>
        <source>The server &amp;runs:</source>
        <translation>Auf dem &amp;Server läuft:</translation>
    </message>
    <message>
        <source>This computer runs</source>
        <translation>Auf diesem Computer läuft</translation>
    </message>
    <message>
        <source>This &amp;computer runs:</source>
        <translation>Auf diesem &amp;Computer läuft:</translation>
    </message>
    <message>
        <source>More steps for this are shown above, under “%1”.</source>
        <translation>Weitere Schritte dazu stehen oben unter „%1“.</translation>
    </message>
</context>
<context>
    <name>SshDoctor::Glossary</name>
    <message>
        <source>KEXINIT</source>
        <translation>KEXINIT</translation>
    </message>
    <message>
        <source>The message in which each side lists the algorithms it supports, category by category (key exchange, host key, cipher, MAC, compression), right after the identification lines (RFC 4253 §7.1). The connection goes on only when the two lists have something in common in every category; otherwise ssh stops with &quot;Unable to negotiate&quot;.</source>
        <translation>Die Nachricht, in der jede Seite die von ihr unterstützten Algorithmen auflistet, Kategorie für Kategorie (Schlüsselaustausch, Host-Schlüssel, Verschlüsselung, MAC, Kompression), direkt nach den Kennungszeilen (RFC 4253 §7.1). Die Verbindung geht nur weiter, wenn beide Listen in jeder Kategorie etwas gemeinsam haben; sonst bricht ssh mit „Unable to negotiate“ ab.</translation>
    </message>
    <message>
        <source>Identification (banner)</source>
        <translation>Kennung (Banner)</translation>
    </message>
    <message>
        <source>The first line each side sends, such as &quot;SSH-2.0-OpenSSH_9.2p1 Debian-2&quot;: the protocol version and the software (RFC 4253 §4.2). A server may send other lines before it. Tools often call it the banner; it is not sshd&apos;s Banner setting, the text shown before a password prompt.</source>
        <translation>Die erste Zeile, die jede Seite sendet, etwa „SSH-2.0-OpenSSH_9.2p1 Debian-2“: die Protokollversion und die Software (RFC 4253 §4.2). Ein Server darf vorher andere Zeilen senden. Werkzeuge nennen sie oft Banner; gemeint ist aber nicht die sshd-Einstellung Banner, also der Text, der vor einer Passwortabfrage erscheint.</translation>
    </message>
    <message>
        <source>MaxStartups</source>
        <translation>MaxStartups</translation>
    </message>
    <message>
        <source>An sshd_config setting that limits connections that have not logged in yet (default 10:30:100: from 10 such connections sshd drops 30% of new ones, from 100 all of them). A dropped connection is closed at once, with &quot;Exceeded MaxStartups&quot; (OpenSSH 8.2 to 9.7) or &quot;Not allowed at this time&quot; (9.8 and later).</source>
        <translation>Eine Einstellung in sshd_config, die Verbindungen begrenzt, bei denen noch keine Anmeldung erfolgt ist (Standard 10:30:100: ab 10 solchen Verbindungen verwirft sshd 30 % der neuen, ab 100 alle). Eine verworfene Verbindung wird sofort geschlossen, mit „Exceeded MaxStartups“ (OpenSSH 8.2 bis 9.7) oder „Not allowed at this time“ (ab 9.8).</translation>
    </message>
    <message>
        <source>PerSourcePenalties</source>
        <translation>PerSourcePenalties</translation>
    </message>
    <message>
        <source>OpenSSH 9.8&apos;s sshd_config setting that refuses, for a while, addresses whose connections failed or misbehaved. Refused connections read &quot;Not allowed at this time&quot;.</source>
        <translation>Die mit OpenSSH 9.8 eingeführte Einstellung in sshd_config, die Adressen, deren Verbindungen scheiterten oder sich fehlerhaft verhielten, eine Zeit lang abweist. Abgewiesene Verbindungen melden „Not allowed at this time“.</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>The server&apos;s own key pair, which proves that it is the server you connected to before. Its fingerprint is what ssh remembers in known_hosts; the host key algorithm is the kind of key (ssh-ed25519, rsa-sha2-512, ...).</source>
        <translation>Das eigene Schlüsselpaar des Servers, das beweist, dass es derselbe Server ist, mit dem Sie sich schon früher verbunden haben. Seinen Fingerabdruck merkt sich ssh in known_hosts; der Host-Schlüssel-Algorithmus ist die Art des Schlüssels (ssh-ed25519, rsa-sha2-512, ...).</translation>
    </message>
    <message>
        <source>known_hosts</source>
        <translation>known_hosts</translation>
    </message>
    <message>
        <source>The file (~/.ssh/known_hosts) in which ssh remembers the host key of every server it has accepted; a changed key makes ssh refuse to connect.</source>
        <translation>Die Datei (~/.ssh/known_hosts), in der sich ssh den Host-Schlüssel jedes Servers merkt, den es akzeptiert hat; bei einem geänderten Schlüssel verweigert ssh die Verbindung.</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <source>How the two sides agree on a secret that nobody on the way can compute (curve25519-sha256, mlkem768x25519-sha256, ...). Everything after it is encrypted with keys made from that secret.</source>
        <translation>Wie sich beide Seiten auf ein Geheimnis einigen, das niemand unterwegs berechnen kann (curve25519-sha256, mlkem768x25519-sha256, ...). Alles danach wird mit Schlüsseln verschlüsselt, die aus diesem Geheimnis abgeleitet sind.</translation>
    </message>
    <message>
        <source>Post-quantum key exchange</source>
        <translation>Post-Quanten-Schlüsselaustausch</translation>
    </message>
    <message>
        <source>A key exchange that combines a classic method with one a future quantum computer cannot break (mlkem768x25519-sha256, sntrup761x25519-sha512), so that recorded traffic stays secret. OpenSSH 10.1 warns when a server offers none.</source>
        <translation>Ein Schlüsselaustausch, der ein klassisches Verfahren mit einem kombiniert, das auch ein künftiger Quantencomputer nicht brechen kann (mlkem768x25519-sha256, sntrup761x25519-sha512), damit aufgezeichneter Datenverkehr geheim bleibt. OpenSSH 10.1 warnt, wenn ein Server keinen solchen anbietet.</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Verschlüsselungsverfahren (Cipher)</translation>
    </message>
    <message>
        <source>The algorithm that encrypts the connection once the key exchange is done (aes256-gcm@openssh.com, chacha20-poly1305@openssh.com, ...).</source>
        <translation>Der Algorithmus, der die Verbindung verschlüsselt, sobald der Schlüsselaustausch abgeschlossen ist (aes256-gcm@openssh.com, chacha20-poly1305@openssh.com, ...).</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Message authentication code: a checksum with a key that shows a packet was not changed on the way (hmac-sha2-256-etm@openssh.com, ...). Ciphers such as AES-GCM and ChaCha20-Poly1305 carry their own, and then no MAC is used.</source>
        <translation>Message Authentication Code: eine Prüfsumme mit Schlüssel, die zeigt, dass ein Paket unterwegs nicht verändert wurde (hmac-sha2-256-etm@openssh.com, ...). Verschlüsselungsverfahren wie AES-GCM und ChaCha20-Poly1305 bringen ihre eigene mit; dann wird kein MAC verwendet.</translation>
    </message>
    <message>
        <source>Protocol marker</source>
        <translation>Protokollmarkierung</translation>
    </message>
    <message>
        <source>A name in the key exchange list that is not an algorithm but a signal: ext-info-c and ext-info-s (extension information, RFC 8308), kex-strict-c-v00@openssh.com and kex-strict-s-v00@openssh.com (strict key exchange). Markers are never chosen, so they cannot help or hurt the agreement.</source>
        <translation>Ein Name in der Liste für den Schlüsselaustausch, der kein Algorithmus ist, sondern ein Signal: ext-info-c und ext-info-s (Erweiterungsinformationen, RFC 8308), kex-strict-c-v00@openssh.com und kex-strict-s-v00@openssh.com (strikter Schlüsselaustausch). Markierungen werden nie ausgewählt, sie können der Einigung also weder helfen noch schaden.</translation>
    </message>
    <message>
        <source>Strict key exchange (Terrapin)</source>
        <translation>Strikter Schlüsselaustausch (Terrapin)</translation>
    </message>
    <message>
        <source>OpenSSH 9.6&apos;s counter-measure to the Terrapin attack (CVE-2023-48795), in which someone on the way removes packets at the start of the connection. Both sides must announce it with a marker; without it, chacha20-poly1305 and the -etm MACs are exposed.</source>
        <translation>Die Gegenmaßnahme von OpenSSH 9.6 gegen den Terrapin-Angriff (CVE-2023-48795), bei dem jemand unterwegs Pakete am Anfang der Verbindung entfernt. Beide Seiten müssen sie mit einer Markierung ankündigen; ohne sie sind chacha20-poly1305 und die -etm-MACs angreifbar.</translation>
    </message>
    <message>
        <source>MSS</source>
        <translation>MSS</translation>
    </message>
    <message>
        <source>Maximum segment size: the largest piece of data one TCP packet carries, agreed when the connection opens. SSH Doctor retries with a small MSS (536 bytes) to tell a path that loses large packets from a server that stalls.</source>
        <translation>Maximum Segment Size: das größte Datenstück, das ein TCP-Paket transportiert, ausgehandelt beim Öffnen der Verbindung. SSH Doctor versucht es erneut mit einer kleinen MSS (536 Bytes), um einen Netzweg, auf dem große Pakete verloren gehen, von einem Server zu unterscheiden, der hängen bleibt.</translation>
    </message>
    <message>
        <source>MTU and MTU black holes</source>
        <translation>MTU und MTU-Black-Holes</translation>
    </message>
    <message>
        <source>Maximum transmission unit: the largest packet a link carries (1500 bytes on Ethernet, less on VPNs and tunnels). When a smaller link on the way drops large packets and the ICMP message that should say so is filtered, small packets pass and large ones vanish: an MTU black hole. The server&apos;s KEXINIT is often the first large packet, so the connection hangs right there.</source>
        <translation>Maximum Transmission Unit: das größte Paket, das ein Netzabschnitt transportiert (1500 Bytes bei Ethernet, weniger bei VPNs und Tunneln). Wenn ein kleinerer Abschnitt unterwegs große Pakete verwirft und die ICMP-Nachricht, die das melden sollte, gefiltert wird, kommen kleine Pakete durch und große verschwinden: ein MTU-Black-Hole. Das KEXINIT des Servers ist oft das erste große Paket, daher hängt die Verbindung genau dort.</translation>
    </message>
    <message>
        <source>ProxyJump</source>
        <translation>ProxyJump</translation>
    </message>
    <message>
        <source>An ssh setting (or ssh -J) that reaches the server through another one, the jump host: ssh connects to the jump host first and has it open the connection onward. SSH Doctor checks the first jump host, which is what this computer connects to.</source>
        <translation>Eine ssh-Einstellung (oder ssh -J), die den Server über einen anderen erreicht, den Jump-Host: ssh verbindet sich zuerst mit dem Jump-Host und lässt ihn die Verbindung weiter aufbauen. SSH Doctor prüft den ersten Jump-Host, denn mit ihm verbindet sich dieser Computer.</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>Jump-Host</translation>
    </message>
    <message>
        <source>A server used as a step on the way to another one, with ProxyJump or ProxyCommand.</source>
        <translation>Ein Server, der mit ProxyJump oder ProxyCommand als Zwischenstation auf dem Weg zu einem anderen dient.</translation>
    </message>
    <message>
        <source>ProxyCommand</source>
        <translation>ProxyCommand</translation>
    </message>
    <message>
        <source>An ssh setting that runs a command and talks SSH through it instead of opening a connection itself. SSH Doctor names it but does not run it.</source>
        <translation>Eine ssh-Einstellung, die einen Befehl ausführt und SSH über ihn spricht, statt selbst eine Verbindung zu öffnen. SSH Doctor zeigt den Befehl an, führt ihn aber nicht aus.</translation>
    </message>
    <message>
        <source>ssh_config</source>
        <translation>ssh_config</translation>
    </message>
    <message>
        <source>The settings of the ssh client: ~/.ssh/config for you, /etc/ssh/ssh_config for everyone on the computer. Host blocks in it give a server its own settings. &quot;ssh -G server&quot; shows what ssh would use.</source>
        <translation>Die Einstellungen des ssh-Clients: ~/.ssh/config für Sie, /etc/ssh/ssh_config für alle auf dem Computer. Host-Blöcke darin geben einem Server eigene Einstellungen. „ssh -G server“ zeigt, was ssh verwenden würde.</translation>
    </message>
    <message>
        <source>Reset (RST)</source>
        <translation>Reset (RST)</translation>
    </message>
    <message>
        <source>A TCP packet that ends a connection at once, without the orderly goodbye of a close. It comes from the server&apos;s system, from a firewall or from another device on the way.</source>
        <translation>Ein TCP-Paket, das eine Verbindung sofort beendet, ohne die geordnete Verabschiedung eines normalen Schließens. Es kommt vom System des Servers, von einer Firewall oder von einem anderen Gerät unterwegs.</translation>
    </message>
    <message>
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <source>The first packet of a TCP connection, the request to open it. No answer to it at all usually means a firewall drops it; a reset in answer means nothing listens on that port.</source>
        <translation>Das erste Paket einer TCP-Verbindung, die Anfrage, sie zu öffnen. Kommt überhaupt keine Antwort, verwirft es meist eine Firewall; ein Reset als Antwort bedeutet, dass an diesem Port nichts lauscht.</translation>
    </message>
    <message>
        <source>fail2ban</source>
        <translation>fail2ban</translation>
    </message>
    <message>
        <source>A service that reads the server&apos;s logs and blocks, for a while, addresses with too many failed logins. A banned computer usually sees its connections refused or go unanswered.</source>
        <translation>Ein Dienst, der die Logdateien des Servers liest und Adressen mit zu vielen fehlgeschlagenen Anmeldungen eine Zeit lang sperrt. Bei einem gesperrten Computer werden die Verbindungen meist abgewiesen oder bleiben unbeantwortet.</translation>
    </message>
    <message>
        <source>TCP wrappers</source>
        <translation>TCP-Wrapper</translation>
    </message>
    <message>
        <source>An old access list (/etc/hosts.allow and /etc/hosts.deny) that some sshd builds consult: a refused address is accepted and then closed without a word.</source>
        <translation>Eine alte Zugriffsliste (/etc/hosts.allow und /etc/hosts.deny), die manche sshd-Builds berücksichtigen: Die Verbindung einer abgewiesenen Adresse wird angenommen und dann kommentarlos geschlossen.</translation>
    </message>
    <message>
        <source>Tarpit</source>
        <translation>Tarpit</translation>
    </message>
    <message>
        <source>A trap for scanners, such as endlessh, that answers on the SSH port with endless lines of text and never an identification, to keep the other side waiting.</source>
        <translation>Eine Falle für Scanner, etwa endlessh, die auf dem SSH-Port mit endlosen Textzeilen antwortet, aber nie mit einer Kennung, um die Gegenseite hinzuhalten.</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>The address a computer uses to reach itself (127.0.0.1, ::1). Nothing sits between the two ends, so a refusal or a reset there comes from the program on this computer.</source>
        <translation>Die Adresse, über die ein Computer sich selbst erreicht (127.0.0.1, ::1). Zwischen den beiden Enden liegt nichts, daher kommt eine Abweisung oder ein Reset dort vom Programm auf diesem Computer.</translation>
    </message>
    <message>
        <source>Happy Eyeballs</source>
        <translation>Happy Eyeballs</translation>
    </message>
    <message>
        <source>How a program with several addresses for one name tries them (RFC 8305): IPv6 and IPv4 alternately, a new attempt every 250 ms, the first to answer wins.</source>
        <translation>Wie ein Programm mehrere Adressen für einen Namen durchprobiert (RFC 8305): IPv6 und IPv4 abwechselnd, alle 250 ms ein neuer Versuch, die zuerst antwortende Adresse gewinnt.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
</context>
<context>
    <name>SshDoctor::HandshakeTimeline</name>
    <message>
        <source>Handshake timeline</source>
        <translation>Zeitleiste des Verbindungsaufbaus</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>SshDoctor::HelpDialog</name>
    <message>
        <source>SSH Doctor Help</source>
        <translation>Hilfe zu SSH Doctor</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
</context>
<context>
    <name>SshDoctor::ImportBanner</name>
    <message>
        <source>Imported from %1, opened %2. The check ran %3. This is the report as it was saved, not a check from this computer.</source>
        <translation>Importiert aus %1, geöffnet am %2. Die Prüfung lief am %3. Dies ist der Bericht, wie er gespeichert wurde, keine Prüfung von diesem Computer aus.</translation>
    </message>
    <message>
        <source>Imported from %1, opened %2. It does not say when the check ran. This is the report as it was saved, not a check from this computer.</source>
        <translation>Importiert aus %1, geöffnet am %2. Wann die Prüfung lief, steht nicht darin. Dies ist der Bericht, wie er gespeichert wurde, keine Prüfung von diesem Computer aus.</translation>
    </message>
</context>
<context>
    <name>SshDoctor::MainWindow</name>
    <message>
        <source>SSH Doctor</source>
        <translation>SSH Doctor</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Neue Prüfung</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SSH Doctor</source>
        <translation>&amp;Über SSH Doctor</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>Bericht ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a report saved as JSON, by this app or by sshdoctor-cli --report</source>
        <translation>Einen als JSON gespeicherten Bericht öffnen, erstellt von dieser App oder von sshdoctor-cli --report</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation>Einen Bericht öffnen</translation>
    </message>
    <message>
        <source>SSH Doctor reports (*.json)</source>
        <translation>Berichte von SSH Doctor (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file cannot be opened as an SSH Doctor report. What was on screen is still there.</source>
        <translation>Diese Datei lässt sich nicht als Bericht von SSH Doctor öffnen. Was auf dem Bildschirm war, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The report could not be opened</source>
        <translation>Der Bericht konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossar</translation>
    </message>
</context>
<context>
    <name>SshDoctor::Platform</name>
    <message>
        <source>Any system</source>
        <translation>Jedes System</translation>
    </message>
    <message>
        <source>Debian, Ubuntu</source>
        <translation>Debian, Ubuntu</translation>
    </message>
    <message>
        <source>RHEL, Fedora</source>
        <translation>RHEL, Fedora</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Cisco IOS</source>
        <translation>Cisco IOS</translation>
    </message>
    <message>
        <source>systemd journal</source>
        <translation>systemd-Journal</translation>
    </message>
    <message>
        <source>Syslog files</source>
        <translation>Syslog-Dateien</translation>
    </message>
    <message>
        <source>Cloud firewall</source>
        <translation>Cloud-Firewall</translation>
    </message>
</context>
<context>
    <name>SshDoctor::ProfilePanel</name>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>Name for a new profile</source>
        <translation>Name für ein neues Profil</translation>
    </message>
    <message>
        <source>e.g. office server</source>
        <translation>z. B. Büroserver</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>Als Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Profiles keep the server, user, port and waiting time; never a password.</source>
        <translation>Profile speichern Server, Benutzer, Port und Wartezeit, niemals ein Passwort.</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>Profil wählen</translation>
    </message>
    <message>
        <source>No saved profiles yet</source>
        <translation>Noch keine gespeicherten Profile</translation>
    </message>
</context>
<context>
    <name>SshDoctor::ProgressNarrator</name>
    <message>
        <source>Stopping the check…</source>
        <translation>Die Prüfung wird angehalten …</translation>
    </message>
    <message>
        <source>Starting the check of %1…</source>
        <translation>Die Prüfung von %1 beginnt …</translation>
    </message>
    <message>
        <source>Looking up the address of %1…</source>
        <translation>Die Adresse von %1 wird gesucht …</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Asking %1 for a connection…</source>
        <translation>%1 wird um eine Verbindung gebeten …</translation>
    </message>
    <message>
        <source>The server is sending text, but not yet the greeting an SSH server sends…</source>
        <translation>Der Server sendet Text, aber noch nicht den Gruß eines SSH-Servers …</translation>
    </message>
    <message>
        <source>Connected. Waiting for the server to introduce itself…</source>
        <translation>Verbunden. Warten, bis sich der Server vorstellt …</translation>
    </message>
    <message>
        <source>The server introduced itself. Asking which encryption methods it supports…</source>
        <translation>Der Server hat sich vorgestellt. Er wird gefragt, welche Verschlüsselungsverfahren er unterstützt …</translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation>Prüfung: %1 …</translation>
    </message>
    <message>
        <source>%1 (waiting for %2 of at most %3)</source>
        <translation>%1 (Wartezeit %2 von höchstens %3)</translation>
    </message>
    <message>
        <source>Stopped. What was found until then is kept below.</source>
        <translation>Angehalten. Was bis dahin gefunden wurde, bleibt unten erhalten.</translation>
    </message>
    <message>
        <source>Finished. Most likely: %1</source>
        <translation>Fertig. Am wahrscheinlichsten: %1</translation>
    </message>
    <message>
        <source>Finished. The connection broke at the step marked in red.</source>
        <translation>Fertig. Die Verbindung brach an dem rot markierten Schritt ab.</translation>
    </message>
    <message>
        <source>Finished. Every step that was checked passed.</source>
        <translation>Fertig. Jeder geprüfte Schritt war erfolgreich.</translation>
    </message>
    <message>
        <source>Trying again, to see whether the result changes…</source>
        <translation>Erneuter Versuch, um zu sehen, ob sich das Ergebnis ändert …</translation>
    </message>
    <message>
        <source>The server&apos;s list never came. Trying once more with small packets, to see whether large ones are lost on the way…</source>
        <translation>Die Liste des Servers kam nie an. Noch ein Versuch mit kleinen Paketen, um zu sehen, ob große unterwegs verloren gehen …</translation>
    </message>
</context>
<context>
    <name>SshDoctor::ReportPage</name>
    <message>
        <source>Report for a ticket</source>
        <translation>Bericht für ein Ticket</translation>
    </message>
    <message>
        <source>Everything this check found, as text to paste into a ticket or an e-mail to whoever runs the server.</source>
        <translation>Alles, was diese Prüfung gefunden hat, als Text zum Einfügen in ein Ticket oder eine E-Mail an die Betreuer des Servers.</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Neue Prüfung</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>Zusammenfassung des Berichts</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the report to a file</source>
        <translation>Den Bericht in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Save the whole report as PDF, HTML, Markdown or JSON (by the file name&apos;s extension). A JSON report can be opened again with sshdoctor-cli --open.</source>
        <translation>Den ganzen Bericht als PDF, HTML, Markdown oder JSON speichern (nach der Endung des Dateinamens). Ein JSON-Bericht lässt sich mit sshdoctor-cli --open wieder öffnen.</translation>
    </message>
    <message>
        <source>&amp;Hide host names, addresses, user names and key fingerprints</source>
        <translation>Hostnamen, Adressen, Benutzernamen und Schlüssel-Fingerabdrücke &amp;verbergen</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Den Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF for people (*.pdf)</source>
        <translation>PDF zum Lesen (*.pdf)</translation>
    </message>
    <message>
        <source>HTML, one file (*.html)</source>
        <translation>HTML, eine Datei (*.html)</translation>
    </message>
    <message>
        <source>Markdown for tickets (*.md)</source>
        <translation>Markdown für Tickets (*.md)</translation>
    </message>
    <message>
        <source>JSON, to open again (*.json)</source>
        <translation>JSON, zum erneuten Öffnen (*.json)</translation>
    </message>
    <message>
        <source>Not saved: the file name must end in .pdf, .html, .md or .json.</source>
        <translation>Nicht gespeichert: Der Dateiname muss auf .pdf, .html, .md oder .json enden.</translation>
    </message>
    <message>
        <source>Saving %1 …</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Where this report comes from</source>
        <translation>Woher dieser Bericht stammt</translation>
    </message>
    <message>
        <source>Hide host names, addresses, user names and key fingerprints in what is shown, copied and exported</source>
        <translation>Hostnamen, Adressen, Benutzernamen und Schlüssel-Fingerabdrücke in Anzeige, Kopie und Export verbergen</translation>
    </message>
    <message>
        <source>For sharing outside your organisation: each one is replaced by a placeholder such as host-1 or address-2, the same everywhere, in the text below, in what you copy and in the exported file. Leave it off for your own helpdesk: they need the real names.</source>
        <translation>Zum Weitergeben außerhalb Ihrer Organisation: Jeder Wert wird durch einen Platzhalter wie host-1 oder address-2 ersetzt, überall derselbe, im Text unten, in dem, was Sie kopieren, und in der exportierten Datei. Für Ihren eigenen Helpdesk ausgeschaltet lassen: Er braucht die echten Namen.</translation>
    </message>
    <message>
        <source>Placeholders stand in for them below, in what you copy and in the file you export.</source>
        <translation>Platzhalter stehen an ihrer Stelle, unten, in dem, was Sie kopieren, und in der Datei, die Sie exportieren.</translation>
    </message>
    <message>
        <source>What hiding does</source>
        <translation>Was das Verbergen bewirkt</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the report as Markdown</source>
        <translation>Den Bericht als Markdown kopieren</translation>
    </message>
    <message>
        <source>The whole report in Markdown, for tickets and chats that format it: headings, tables and the fixes as code blocks.</source>
        <translation>Der ganze Bericht in Markdown, für Tickets und Chats, die es darstellen: Überschriften, Tabellen und die Korrekturen als Codeblöcke.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Die exportierte Datei öffnen</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the folder of the exported file</source>
        <translation>Den Ordner der exportierten Datei zeigen</translation>
    </message>
    <message>
        <source>Replacing host names, addresses, user names and key fingerprints …</source>
        <translation>Hostnamen, Adressen, Benutzernamen und Schlüssel-Fingerabdrücke werden ersetzt …</translation>
    </message>
    <message>
        <source>Saved to %1, but nothing on this computer opens it.</source>
        <translation>Gespeichert unter %1, aber kein Programm auf diesem Computer öffnet es.</translation>
    </message>
</context>
<context>
    <name>SshDoctor::SnippetCard</name>
    <message>
        <source>Commands: %1</source>
        <translation>Befehle: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Kopieren: %1</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>No risk noted.</source>
        <translation>Kein Risiko bekannt.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Lines for %1: %2</source>
        <translation>Zeilen für %1: %2</translation>
    </message>
    <message>
        <source>Copy the lines for %1</source>
        <translation>Die Zeilen für %1 kopieren</translation>
    </message>
    <message>
        <source>Run in a terminal:</source>
        <translation>In einem Terminal ausführen:</translation>
    </message>
    <message>
        <source>Put in %1 (%2):</source>
        <translation>In %1 eintragen (%2):</translation>
    </message>
    <message>
        <source>Put in %1:</source>
        <translation>In %1 eintragen:</translation>
    </message>
</context>
<context>
    <name>SshDoctor::StartPage</name>
    <message>
        <source>Which SSH server does not let you in?</source>
        <translation>Welcher SSH-Server lässt Sie nicht hinein?</translation>
    </message>
    <message>
        <source>Type the server as you would after ssh. SSH Doctor only looks at the connection: it never logs in and never asks for a password.</source>
        <translation>Geben Sie den Server so ein wie nach ssh. SSH Doctor untersucht nur die Verbindung: Es meldet sich nie an und fragt nie nach einem Passwort.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>server.example.com, alice@server:2222 or 192.0.2.10</source>
        <translation>server.example.com, alice@server:2222 oder 192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation>Benutzername (optional)</translation>
    </message>
    <message>
        <source>as in ssh -l (optional)</source>
        <translation>wie bei ssh -l (optional)</translation>
    </message>
    <message>
        <source>Port (optional)</source>
        <translation>Port (optional)</translation>
    </message>
    <message>
        <source>22</source>
        <translation>22</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Give up waiting after, in seconds</source>
        <translation>Warten aufgeben nach, in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Adressfamilie</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Nur IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Nur IPv6</translation>
    </message>
    <message>
        <source>A&amp;ddresses:</source>
        <translation>A&amp;dressen:</translation>
    </message>
    <message>
        <source>Give up &amp;waiting after:</source>
        <translation>&amp;Warten aufgeben nach:</translation>
    </message>
    <message>
        <source>Checked recently</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Click to fill in, double-click or Enter to check again</source>
        <translation>Klicken zum Einsetzen, Doppelklick oder Eingabetaste zum erneuten Prüfen</translation>
    </message>
    <message>
        <source>Type a server name or address to begin.</source>
        <translation>Geben Sie zum Beginnen einen Servernamen oder eine Adresse ein.</translation>
    </message>
    <message>
        <source>Ready to check %1, port %2.</source>
        <translation>Bereit zur Prüfung von %1, Port %2.</translation>
    </message>
    <message>
        <source>Ready to check %1, port %2, as user %3.</source>
        <translation>Bereit zur Prüfung von %1, Port %2, als Benutzer %3.</translation>
    </message>
    <message>
        <source>Type a server name or address first, then press Enter to check it.</source>
        <translation>Geben Sie zuerst einen Servernamen oder eine Adresse ein und drücken Sie dann die Eingabetaste, um die Prüfung zu starten.</translation>
    </message>
</context>
<context>
    <name>SshDoctor::StatusGlyph</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>SshDoctor::StepDetailLines</name>
    <message>
        <source>Bytes received: %1</source>
        <translation>Empfangene Bytes: %1</translation>
    </message>
    <message>
        <source>First byte after: %1</source>
        <translation>Erstes Byte nach: %1</translation>
    </message>
    <message>
        <source>Lines before the identification: %1</source>
        <translation>Zeilen vor der Kennung: %1</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <source>Identification: %1</source>
        <translation>Kennung: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Unfinished text: %1</source>
        <translation>Unvollständiger Text: %1</translation>
    </message>
    <message>
        <source>Another protocol answered: %1</source>
        <translation>Ein anderes Protokoll antwortete: %1</translation>
    </message>
    <message>
        <source>Bytes after the identification: %1</source>
        <translation>Bytes nach der Kennung: %1</translation>
    </message>
    <message>
        <source>Packet length: %1 bytes</source>
        <translation>Paketlänge: %1 Bytes</translation>
    </message>
    <message>
        <source>The server disconnected with code %1: %2</source>
        <translation>Der Server trennte die Verbindung mit Code %1: %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>The server guessed the key exchange and sent its first packet early.</source>
        <translation>Der Server hat den Schlüsselaustausch geraten und sein erstes Paket vorab gesendet.</translation>
    </message>
    <message>
        <source>Settings from: %1</source>
        <translation>Einstellungen aus: %1</translation>
    </message>
    <message>
        <source>ssh version: %1</source>
        <translation>ssh-Version: %1</translation>
    </message>
    <message>
        <source>Configuration files: %1</source>
        <translation>Konfigurationsdateien: %1</translation>
    </message>
    <message>
        <source>ssh would connect to %1 port %2 as %3</source>
        <translation>ssh würde sich mit %1, Port %2, als %3 verbinden</translation>
    </message>
    <message>
        <source>Configuration error: %1</source>
        <translation>Konfigurationsfehler: %1</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>Ciphers, to the server</source>
        <translation>Verschlüsselung, zum Server</translation>
    </message>
    <message>
        <source>Ciphers, from the server</source>
        <translation>Verschlüsselung, vom Server</translation>
    </message>
    <message>
        <source>MACs, to the server</source>
        <translation>MACs, zum Server</translation>
    </message>
    <message>
        <source>MACs, from the server</source>
        <translation>MACs, vom Server</translation>
    </message>
    <message>
        <source>Compression, to the server</source>
        <translation>Kompression, zum Server</translation>
    </message>
    <message>
        <source>Compression, from the server</source>
        <translation>Kompression, vom Server</translation>
    </message>
</context>
<context>
    <name>SshDoctor::StepDetailText</name>
    <message>
        <source>At %1 after the start.</source>
        <translation>%1 nach dem Start.</translation>
    </message>
    <message>
        <source>What the server offers</source>
        <translation>Was der Server anbietet</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <source>Nothing in common with your ssh client.</source>
        <translation>Nichts gemeinsam mit Ihrem ssh-Client.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>(green: strong, amber: weak, red: broken; black: not graded by SSH Doctor; bold: what your ssh would choose; grey: protocol markers, which are not algorithms)</source>
        <translation>(grün: stark, orange: schwach, rot: gebrochen; schwarz: von SSH Doctor nicht bewertet; fett: was Ihr ssh wählen würde; grau: Protokollmarkierungen, die keine Algorithmen sind)</translation>
    </message>
    <message>
        <source>Protocol markers, not algorithms:</source>
        <translation>Protokollmarkierungen, keine Algorithmen:</translation>
    </message>
    <message>
        <source>Began %1 after the start and took %2.</source>
        <translation>Begann %1 nach dem Start und dauerte %2.</translation>
    </message>
</context>
<context>
    <name>SshDoctor::TimelineFeed</name>
    <message>
        <source>It broke here: %1</source>
        <translation>Hier brach es ab: %1</translation>
    </message>
    <message>
        <source>You stopped the check here. Everything up to this point is kept.</source>
        <translation>Hier haben Sie die Prüfung angehalten. Alles bis zu diesem Punkt bleibt erhalten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a step of the timeline (click it, or use the arrow keys) to see everything recorded about it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Schritt der Zeitleiste (anklicken oder mit den Pfeiltasten), um alles dazu Aufgezeichnete zu sehen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SshDoctor::TimelineLegend</name>
    <message>
        <source>bar: how long it took</source>
        <translation>Balken: wie lange es dauerte</translation>
    </message>
    <message>
        <source>diamond: a moment</source>
        <translation>Raute: ein Zeitpunkt</translation>
    </message>
    <message>
        <source>hatched: failed</source>
        <translation>schraffiert: gescheitert</translation>
    </message>
    <message>
        <source>evidence of the selected finding</source>
        <translation>Belege des gewählten Befunds</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Legende: %1</translation>
    </message>
</context>
<context>
    <name>SshDoctor::TimelineModel</name>
    <message>
        <source>Not reached yet.</source>
        <translation>Noch nicht erreicht.</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
    <message>
        <source>Address: %1 (%2)</source>
        <translation>Adresse: %1 (%2)</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 after %4</source>
        <translation>%1 (%2): %3 nach %4</translation>
    </message>
    <message>
        <source>%1: not needed, another address answered first</source>
        <translation>%1: nicht nötig, eine andere Adresse antwortete zuerst</translation>
    </message>
    <message>
        <source>Send our identification</source>
        <translation>Unsere Kennung senden</translation>
    </message>
    <message>
        <source>We sent our SSH version line as soon as the connection opened.</source>
        <translation>Wir haben unsere SSH-Versionszeile gesendet, sobald die Verbindung stand.</translation>
    </message>
    <message>
        <source>We sent &quot;%1&quot; as soon as the connection opened.</source>
        <translation>Wir haben „%1“ gesendet, sobald die Verbindung stand.</translation>
    </message>
    <message>
        <source>Server identification</source>
        <translation>Kennung des Servers</translation>
    </message>
    <message>
        <source>Send our algorithm list (KEXINIT)</source>
        <translation>Unsere Algorithmenliste senden (KEXINIT)</translation>
    </message>
    <message>
        <source>We offered every algorithm OpenSSH, Dropbear, libssh and PuTTY know.</source>
        <translation>Wir haben jeden Algorithmus angeboten, den OpenSSH, Dropbear, libssh und PuTTY kennen.</translation>
    </message>
    <message>
        <source>Server algorithm list (KEXINIT)</source>
        <translation>Algorithmenliste des Servers (KEXINIT)</translation>
    </message>
    <message>
        <source>Find the server&apos;s address</source>
        <translation>Adresse des Servers finden</translation>
    </message>
    <message>
        <source>Open a TCP connection</source>
        <translation>TCP-Verbindung öffnen</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Algorithm lists (KEXINIT)</source>
        <translation>Algorithmenlisten (KEXINIT)</translation>
    </message>
    <message>
        <source>Key exchange</source>
        <translation>Schlüsselaustausch</translation>
    </message>
    <message>
        <source>Switch on encryption (NEWKEYS)</source>
        <translation>Verschlüsselung einschalten (NEWKEYS)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Read your ssh settings</source>
        <translation>Ihre ssh-Einstellungen lesen</translation>
    </message>
    <message>
        <source>More tries</source>
        <translation>Weitere Versuche</translation>
    </message>
    <message>
        <source>Many connections at once</source>
        <translation>Viele Verbindungen auf einmal</translation>
    </message>
    <message>
        <source>Agree on algorithms</source>
        <translation>Auf Algorithmen einigen</translation>
    </message>
    <message>
        <source>Your ssh and the server have algorithms in common: %1.</source>
        <translation>Ihr ssh und der Server haben gemeinsame Algorithmen: %1.</translation>
    </message>
    <message>
        <source>Your ssh and the server have nothing in common for: %1.</source>
        <translation>Ihr ssh und der Server haben nichts gemeinsam bei: %1.</translation>
    </message>
    <message>
        <source>Retry with small packets</source>
        <translation>Mit kleinen Paketen erneut versuchen</translation>
    </message>
</context>
<context>
    <name>SshDoctor::TimelinePainter</name>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Finds out why an SSH connection fails before login.</source>
        <translation>Findet heraus, warum eine SSH-Verbindung vor der Anmeldung scheitert.</translation>
    </message>
    <message>
        <source>[user@]host[:port] to check at once, or a saved report (.json) to open</source>
        <translation>[Benutzer@]Host[:Port] zum sofortigen Prüfen oder ein gespeicherter Bericht (.json) zum Öffnen</translation>
    </message>
</context>
</TS>
