// Entry point: Vue 3 + Element Plus (zh-CN) as plain ES modules, no build.
import { createApp, computed, h } from 'vue'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/locale/zh-cn'
import * as Icons from '@element-plus/icons-vue'
import { route, RouterView, startRouter } from './router.js'
import { loadSession } from './store.js'
import { loadLabels } from './util.js'
import PortalLayout from './components/PortalLayout.js'
import WorkbenchLayout from './components/WorkbenchLayout.js'

const App = {
  name: 'App',
  setup() {
    const layout = computed(() => (route.meta.layout === 'workbench' ? WorkbenchLayout : PortalLayout))
    return () => h(layout.value, null, { default: () => h(RouterView) })
  },
}

await Promise.all([loadSession(), loadLabels()])
const app = createApp(App)
app.use(ElementPlus, { locale: zhCn })
for (const [name, comp] of Object.entries(Icons)) app.component(`Icon${name}`, comp)
app.config.errorHandler = (err, _vm, info) => {
  console.error('[smedx ui]', info, err)
}
startRouter()
app.mount('#app')
