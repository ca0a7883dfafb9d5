// kernel k119w_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1301: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1306: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_blocks_1_ln1_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1310: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1315: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119w_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1302: f32 = p_optim_m_blocks_1_ln1_g[i];
    let v1304: f32 = l1302 * 0.9f;
    let x1301: f32 = t1301[i];
    let v1305: f32 = x1301 * 0.1f;
    let v1306: f32 = v1304 + v1305;
    t1306[i] = v1306;
    let l1303: f32 = p_optim_v_blocks_1_ln1_g[i];
    let v1307: f32 = l1303 * 0.95f;
    let v1308: f32 = x1301 * x1301;
    let v1309: f32 = v1308 * 0.05f;
    let v1310: f32 = v1307 + v1309;
    t1310[i] = v1310;
    let v1311: f32 = sqrt(v1310);
    let l963: f32 = t911[0i];
    let v1312: f32 = v1311 / l963;
    let v1313: f32 = v1312 + 1e-8f;
    let v1314: f32 = v1306 / v1313;
    let l969: f32 = t910[0i];
    let v1315: f32 = v1314 * l969;
    t1315[i] = v1315;
  }
}
