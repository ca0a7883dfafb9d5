// kernel k150b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t845: array<f32>;
@group(0) @binding(3) var<storage, read> t856: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t862: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_a_w[i];
  let l857: f32 = t801[0i];
  let v858: f32 = l2 * l857;
  let x845: f32 = t845[i];
  let x856: f32 = t856[i];
  let v859: f32 = x845 / x856;
  let l860: f32 = t775[0i];
  let v861: f32 = v859 * l860;
  let v862: f32 = v858 - v861;
  t862[i] = v862;
}
