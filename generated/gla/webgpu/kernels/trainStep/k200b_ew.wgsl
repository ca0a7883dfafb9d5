// kernel k200b_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1362: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1364: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l22: f32 = p_layers_1_attn_wa2_b[i];
    let x1362: f32 = t1362[i];
    let l958: f32 = t899[0i];
    let v1363: f32 = x1362 * l958;
    let v1364: f32 = l22 - v1363;
    t1364[i] = v1364;
  }
}
