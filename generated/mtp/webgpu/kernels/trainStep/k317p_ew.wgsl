// kernel k317p_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2079: array<f32>;
@group(0) @binding(3) var<storage, read> t2086: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2090: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_mtp_blocks_0_mlp_w2_w[i];
  let l1783: f32 = t1608[0i];
  let v2087: f32 = l26 * l1783;
  let x2079: f32 = t2079[i];
  let x2086: f32 = t2086[i];
  let v2088: f32 = x2079 / x2086;
  let l1786: f32 = t1582[0i];
  let v2089: f32 = v2088 * l1786;
  let v2090: f32 = v2087 - v2089;
  t2090[i] = v2090;
}
