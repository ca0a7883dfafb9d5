// kernel k317v_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2230: array<f32>;
@group(0) @binding(3) var<storage, read> t2237: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2241: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l35: f32 = p_mtp_blocks_1_mlp_w2_w[i];
  let l1783: f32 = t1608[0i];
  let v2238: f32 = l35 * l1783;
  let x2230: f32 = t2230[i];
  let x2237: f32 = t2237[i];
  let v2239: f32 = x2230 / x2237;
  let l1786: f32 = t1582[0i];
  let v2240: f32 = v2239 * l1786;
  let v2241: f32 = v2238 - v2240;
  t2241[i] = v2241;
}
