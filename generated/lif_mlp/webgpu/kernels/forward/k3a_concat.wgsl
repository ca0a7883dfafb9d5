// kernel k3a_concat (compiler/std/spiking.loom:31:10)
@group(0) @binding(0) var<storage, read> t19: array<f32>;
@group(0) @binding(1) var<storage, read_write> t157: array<f32>;
@group(0) @binding(2) var<storage, read> t29: array<f32>;
@group(0) @binding(3) var<storage, read> t38: array<f32>;
@group(0) @binding(4) var<storage, read> t47: array<f32>;
@group(0) @binding(5) var<storage, read> t56: array<f32>;
@group(0) @binding(6) var<storage, read> t65: array<f32>;
@group(0) @binding(7) var<storage, read> t74: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k3a_concat(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 896i) {
    if (i / 128i < 1i) {
      let l20: f32 = t19[i % 128i];
      t157[i / 128i * 128i + i % 128i] = l20;
    } else if (i / 128i < 2i) {
      let l30: f32 = t29[i % 128i];
      t157[i / 128i * 128i + i % 128i] = l30;
    } else if (i / 128i < 3i) {
      let l39: f32 = t38[i % 128i];
      t157[i / 128i * 128i + i % 128i] = l39;
    } else if (i / 128i < 4i) {
      let l48: f32 = t47[i % 128i];
      t157[i / 128i * 128i + i % 128i] = l48;
    } else if (i / 128i < 5i) {
      let l57: f32 = t56[i % 128i];
      t157[i / 128i * 128i + i % 128i] = l57;
    } else if (i / 128i < 6i) {
      let l66: f32 = t65[i % 128i];
      t157[i / 128i * 128i + i % 128i] = l66;
    } else {
      let l75: f32 = t74[i % 128i];
      t157[i / 128i * 128i + i % 128i] = l75;
    }
  }
}
