// kernel k117b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t764: array<f32>;
@group(0) @binding(3) var<storage, read> t771: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t775: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_layers_0_attn_wo_w[i];
  let l719: f32 = t663[0i];
  let v772: f32 = l5 * l719;
  let x764: f32 = t764[i];
  let x771: f32 = t771[i];
  let v773: f32 = x764 / x771;
  let l722: f32 = t637[0i];
  let v774: f32 = v773 * l722;
  let v775: f32 = v772 - v774;
  t775[i] = v775;
}
