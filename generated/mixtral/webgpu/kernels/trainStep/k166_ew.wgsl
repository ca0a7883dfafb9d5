// kernel k166_ew
@group(0) @binding(0) var<storage, read> t819: array<f32>;
@group(0) @binding(1) var<storage, read> t822: array<f32>;
@group(0) @binding(2) var<storage, read_write> t825: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k166_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let g: f32 = t819[select(0i, i / 2i, i % 2i + -1i >= 0i && i % 2i + -1i < 1i)];
  let l821: f32 = select(0.0f, g, i % 2i + -1i >= 0i && i % 2i + -1i < 1i);
  let g_1: f32 = t822[select(0i, i / 2i, i % 2i >= 0i && i % 2i < 1i)];
  let l824: f32 = select(0.0f, g_1, i % 2i >= 0i && i % 2i < 1i);
  let v825: f32 = l821 + l824;
  t825[i] = v825;
}
