// kernel k6b_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t229: array<f32>;
@group(0) @binding(1) var<storage, read_write> t303: array<f32>;
@group(0) @binding(2) var<storage, read> t238: array<f32>;
@group(0) @binding(3) var<storage, read> t247: array<f32>;
@group(0) @binding(4) var<storage, read> t256: array<f32>;
@group(0) @binding(5) var<storage, read> t265: array<f32>;
@group(0) @binding(6) var<storage, read> t274: array<f32>;
@group(0) @binding(7) var<storage, read> t283: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6b_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 896i) {
    if (i / 128i + 7i < 8i) {
      let l230: f32 = t229[i % 128i];
      t303[(i / 128i + 7i) * 128i + i % 128i] = l230;
    } else if (i / 128i + 7i < 9i) {
      let l239: f32 = t238[i % 128i];
      t303[(i / 128i + 7i) * 128i + i % 128i] = l239;
    } else if (i / 128i + 7i < 10i) {
      let l248: f32 = t247[i % 128i];
      t303[(i / 128i + 7i) * 128i + i % 128i] = l248;
    } else if (i / 128i + 7i < 11i) {
      let l257: f32 = t256[i % 128i];
      t303[(i / 128i + 7i) * 128i + i % 128i] = l257;
    } else if (i / 128i + 7i < 12i) {
      let l266: f32 = t265[i % 128i];
      t303[(i / 128i + 7i) * 128i + i % 128i] = l266;
    } else if (i / 128i + 7i < 13i) {
      let l275: f32 = t274[i % 128i];
      t303[(i / 128i + 7i) * 128i + i % 128i] = l275;
    } else {
      let l284: f32 = t283[i % 128i];
      t303[(i / 128i + 7i) * 128i + i % 128i] = l284;
    }
  }
}
