// kernel k158n_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1083: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1084: array<f32>;
@group(0) @binding(3) var<storage, read> t471: array<f32>;
@group(0) @binding(4) var<storage, read> t808: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1201: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln1_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1206: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l13: f32 = p_blocks_0_ln2_b[i];
    let x1083: f32 = t1083[i];
    let v1084: f32 = l13 - x1083;
    t1084[i] = v1084;
    let l472: f32 = t471[i];
    let l879: f32 = t808[0i];
    let v1201: f32 = l472 * l879;
    t1201[i] = v1201;
    let l1202: f32 = p_optim_m_blocks_1_ln1_g[i];
    let v1204: f32 = l1202 * 0.9f;
    let v1205: f32 = v1201 * 0.1f;
    let v1206: f32 = v1204 + v1205;
    t1206[i] = v1206;
  }
}
