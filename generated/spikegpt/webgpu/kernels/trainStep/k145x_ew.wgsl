// kernel k145x_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1409: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1410: array<f32>;
@group(0) @binding(3) var<storage, read> t551: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1411: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln1_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1416: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145x_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l21: f32 = p_blocks_1_ln1_g[i];
    let x1409: f32 = t1409[i];
    let v1410: f32 = l21 - x1409;
    t1410[i] = v1410;
    let l552: f32 = t551[i];
    let l1040: f32 = t995[0i];
    let v1411: f32 = l552 * l1040;
    t1411[i] = v1411;
    let l1412: f32 = p_optim_m_blocks_1_ln1_b[i];
    let v1414: f32 = l1412 * 0.9f;
    let v1415: f32 = v1411 * 0.1f;
    let v1416: f32 = v1414 + v1415;
    t1416[i] = v1416;
  }
}
