// kernel k123b_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t663: array<f32>;
@group(0) @binding(2) var<storage, read> t882: array<f32>;
@group(0) @binding(3) var<storage, read> t889: array<f32>;
@group(0) @binding(4) var<storage, read> t637: array<f32>;
@group(0) @binding(5) var<storage, read_write> t893: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_1_attn_wq_w[i];
  let l719: f32 = t663[0i];
  let v890: f32 = l11 * l719;
  let x882: f32 = t882[i];
  let x889: f32 = t889[i];
  let v891: f32 = x882 / x889;
  let l722: f32 = t637[0i];
  let v892: f32 = v891 * l722;
  let v893: f32 = v890 - v892;
  t893[i] = v893;
}
