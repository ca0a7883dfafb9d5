// kernel k7a_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t170: array<f32>;
@group(0) @binding(1) var<storage, read_write> t307: array<f32>;
@group(0) @binding(2) var<storage, read> t179: array<f32>;
@group(0) @binding(3) var<storage, read> t188: array<f32>;
@group(0) @binding(4) var<storage, read> t197: array<f32>;
@group(0) @binding(5) var<storage, read> t206: array<f32>;
@group(0) @binding(6) var<storage, read> t215: array<f32>;
@group(0) @binding(7) var<storage, read> t224: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7a_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 896i) {
    if (i / 128i < 1i) {
      let l171: f32 = t170[i % 128i];
      t307[i / 128i * 128i + i % 128i] = l171;
    } else if (i / 128i < 2i) {
      let l180: f32 = t179[i % 128i];
      t307[i / 128i * 128i + i % 128i] = l180;
    } else if (i / 128i < 3i) {
      let l189: f32 = t188[i % 128i];
      t307[i / 128i * 128i + i % 128i] = l189;
    } else if (i / 128i < 4i) {
      let l198: f32 = t197[i % 128i];
      t307[i / 128i * 128i + i % 128i] = l198;
    } else if (i / 128i < 5i) {
      let l207: f32 = t206[i % 128i];
      t307[i / 128i * 128i + i % 128i] = l207;
    } else if (i / 128i < 6i) {
      let l216: f32 = t215[i % 128i];
      t307[i / 128i * 128i + i % 128i] = l216;
    } else {
      let l225: f32 = t224[i % 128i];
      t307[i / 128i * 128i + i % 128i] = l225;
    }
  }
}
