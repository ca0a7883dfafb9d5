// kernel k112f_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t619: array<f32>;
@group(0) @binding(2) var<storage, read> t847: array<f32>;
@group(0) @binding(3) var<storage, read> t854: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t858: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_1_attn_wq_w[i];
  let l675: f32 = t619[0i];
  let v855: f32 = l11 * l675;
  let x847: f32 = t847[i];
  let x854: f32 = t854[i];
  let v856: f32 = x847 / x854;
  let l678: f32 = t593[0i];
  let v857: f32 = v856 * l678;
  let v858: f32 = v855 - v857;
  t858[i] = v858;
}
