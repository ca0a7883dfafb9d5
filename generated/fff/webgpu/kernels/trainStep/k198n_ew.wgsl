// kernel k198n_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1261: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1262: array<f32>;
@group(0) @binding(3) var<storage, read> t606: array<f32>;
@group(0) @binding(4) var<storage, read> t986: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1306: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln1_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1311: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l13: f32 = p_blocks_0_ln2_b[i];
    let x1261: f32 = t1261[i];
    let v1262: f32 = l13 - x1261;
    t1262[i] = v1262;
    let l607: f32 = t606[i];
    let l1057: f32 = t986[0i];
    let v1306: f32 = l607 * l1057;
    t1306[i] = v1306;
    let l1307: f32 = p_optim_m_blocks_1_ln1_g[i];
    let v1309: f32 = l1307 * 0.9f;
    let v1310: f32 = v1306 * 0.1f;
    let v1311: f32 = v1309 + v1310;
    t1311[i] = v1311;
  }
}
