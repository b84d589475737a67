// The shipped font and the stylesheet, for every page.
import './font.ts';
import './styles.css';
