// kernel k91_ew
@group(0) @binding(0) var<storage, read> t453: array<f32>;
@group(0) @binding(1) var<storage, read_write> t465: array<f32>;
@group(0) @binding(2) var<storage, read_write> t468: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l458: f32 = t453[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l85: f32 = cos(g_4);
  let v459: f32 = l458 * l85;
  let l461: f32 = t453[i * 2i];
  let v462: f32 = -l461;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l87: f32 = sin(g_9);
  let v463: f32 = v462 * l87;
  let v465: f32 = v459 + v463;
  t465[i] = v465;
  let v460: f32 = l458 * l87;
  let v464: f32 = l461 * l85;
  let v468: f32 = v460 + v464;
  t468[i] = v468;
}
