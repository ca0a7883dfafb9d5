// kernel k3b_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t83: array<f32>;
@group(0) @binding(1) var<storage, read_write> t157: array<f32>;
@group(0) @binding(2) var<storage, read> t92: array<f32>;
@group(0) @binding(3) var<storage, read> t101: array<f32>;
@group(0) @binding(4) var<storage, read> t110: array<f32>;
@group(0) @binding(5) var<storage, read> t119: array<f32>;
@group(0) @binding(6) var<storage, read> t128: array<f32>;
@group(0) @binding(7) var<storage, read> t137: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k3b_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 896i) {
    if (i / 128i + 7i < 8i) {
      let l84: f32 = t83[i % 128i];
      t157[(i / 128i + 7i) * 128i + i % 128i] = l84;
    } else if (i / 128i + 7i < 9i) {
      let l93: f32 = t92[i % 128i];
      t157[(i / 128i + 7i) * 128i + i % 128i] = l93;
    } else if (i / 128i + 7i < 10i) {
      let l102: f32 = t101[i % 128i];
      t157[(i / 128i + 7i) * 128i + i % 128i] = l102;
    } else if (i / 128i + 7i < 11i) {
      let l111: f32 = t110[i % 128i];
      t157[(i / 128i + 7i) * 128i + i % 128i] = l111;
    } else if (i / 128i + 7i < 12i) {
      let l120: f32 = t119[i % 128i];
      t157[(i / 128i + 7i) * 128i + i % 128i] = l120;
    } else if (i / 128i + 7i < 13i) {
      let l129: f32 = t128[i % 128i];
      t157[(i / 128i + 7i) * 128i + i % 128i] = l129;
    } else {
      let l138: f32 = t137[i % 128i];
      t157[(i / 128i + 7i) * 128i + i % 128i] = l138;
    }
  }
}
