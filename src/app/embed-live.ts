/**
 * The interactive embed as one classic script (scripts/build/embed.ts), loaded by embed-main.ts
 * when the reader comes near: it mounts over the picture as soon as it runs. Its stylesheet is the
 * app's, without the font (the page links the font inline: see scripts/build/fonts.ts).
 */
import './styles.css';
import { mountEmbed } from './embed-boot.tsx';

const root = document.getElementById('root');
if (root) mountEmbed(root);
