// kernel k119x_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1315: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1316: array<f32>;
@group(0) @binding(3) var<storage, read> t486: array<f32>;
@group(0) @binding(4) var<storage, read> t901: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1317: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln1_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1322: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119x_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l21: f32 = p_blocks_1_ln1_g[i];
    let x1315: f32 = t1315[i];
    let v1316: f32 = l21 - x1315;
    t1316[i] = v1316;
    let l487: f32 = t486[i];
    let l946: f32 = t901[0i];
    let v1317: f32 = l487 * l946;
    t1317[i] = v1317;
    let l1318: f32 = p_optim_m_blocks_1_ln1_b[i];
    let v1320: f32 = l1318 * 0.9f;
    let v1321: f32 = v1317 * 0.1f;
    let v1322: f32 = v1320 + v1321;
    t1322[i] = v1322;
  }
}
