import 'clid-picker/define';
import type {} from 'clid-picker/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
