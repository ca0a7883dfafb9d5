// kernel k126_ew
@group(0) @binding(0) var<storage, read> t636: array<f32>;
@group(0) @binding(1) var<storage, read_write> t648: array<f32>;
@group(0) @binding(2) var<storage, read_write> t651: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l641: f32 = t636[1i + i * 2i];
  let g: f32 = f32(i % 512i / 8i);
  let g_1: f32 = f32(i % 512i % 8i);
  let g_2: f32 = g_1 * -1.1512926f;
  let g_3: f32 = exp(g_2);
  let g_4: f32 = g * g_3;
  let l75: f32 = cos(g_4);
  let v642: f32 = l641 * l75;
  let l644: f32 = t636[i * 2i];
  let v645: f32 = -l644;
  let g_5: f32 = f32(i % 512i / 8i);
  let g_6: f32 = f32(i % 512i % 8i);
  let g_7: f32 = g_6 * -1.1512926f;
  let g_8: f32 = exp(g_7);
  let g_9: f32 = g_5 * g_8;
  let l78: f32 = sin(g_9);
  let v646: f32 = v645 * l78;
  let v648: f32 = v642 + v646;
  t648[i] = v648;
  let v643: f32 = l641 * l78;
  let v647: f32 = l644 * l75;
  let v651: f32 = v643 + v647;
  t651[i] = v651;
}
