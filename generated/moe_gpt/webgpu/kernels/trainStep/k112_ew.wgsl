// kernel k112_ew
@group(0) @binding(0) var<storage, read> t535: array<f32>;
@group(0) @binding(1) var<storage, read_write> t547: array<f32>;
@group(0) @binding(2) var<storage, read_write> t550: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l540: f32 = t535[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v541: f32 = l540 * l75;
  let l543: f32 = t535[i * 2i];
  let v544: f32 = -l543;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v545: f32 = v544 * l78;
  let v547: f32 = v541 + v545;
  t547[i] = v547;
  let v542: f32 = l540 * l78;
  let v546: f32 = l543 * l75;
  let v550: f32 = v542 + v546;
  t550[i] = v550;
}
