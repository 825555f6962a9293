// Workbench menus whose pages come with part 2 (商品、订单、服务券、用户管理).
import { route } from '../router.js'

export default {
  name: 'UpcomingPage',
  setup() {
    return { route }
  },
  template: `
  <div class="panel">
    <el-result icon="info" title="功能即将开放" :sub-title="'“' + (route.query.title || route.params.key) + '” 将在后续版本中开放，敬请期待。'">
      <template #extra><a href="/workbench"><el-button type="primary">返回工作台</el-button></a></template>
    </el-result>
  </div>`,
}
