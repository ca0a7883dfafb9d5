// kernel k114b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t621: array<f32>;
@group(0) @binding(2) var<storage, read> t665: array<f32>;
@group(0) @binding(3) var<storage, read> t676: array<f32>;
@group(0) @binding(4) var<storage, read> t595: array<f32>;
@group(0) @binding(5) var<storage, read_write> t682: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2: f32 = p_layers_0_attn_wq_w[i];
  let l677: f32 = t621[0i];
  let v678: f32 = l2 * l677;
  let x665: f32 = t665[i];
  let x676: f32 = t676[i];
  let v679: f32 = x665 / x676;
  let l680: f32 = t595[0i];
  let v681: f32 = v679 * l680;
  let v682: f32 = v678 - v681;
  t682[i] = v682;
}
