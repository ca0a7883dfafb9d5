// kernel k158x_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1363: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1364: array<f32>;
@group(0) @binding(3) var<storage, read> t416: array<f32>;
@group(0) @binding(4) var<storage, read> t808: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1365: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln2_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1370: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158x_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l28: f32 = p_blocks_1_attn_wo_b[i];
    let x1363: f32 = t1363[i];
    let v1364: f32 = l28 - x1363;
    t1364[i] = v1364;
    let l417: f32 = t416[i];
    let l879: f32 = t808[0i];
    let v1365: f32 = l417 * l879;
    t1365[i] = v1365;
    let l1366: f32 = p_optim_m_blocks_1_ln2_g[i];
    let v1368: f32 = l1366 * 0.9f;
    let v1369: f32 = v1365 * 0.1f;
    let v1370: f32 = v1368 + v1369;
    t1370[i] = v1370;
  }
}
