// kernel k67_scatter
@group(0) @binding(0) var<storage, read_write> t440: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t329: array<f32>;
@group(0) @binding(3) var<storage, read> t423: array<f32>;
@group(0) @binding(4) var<storage, read> t32: array<f32>;
@group(0) @binding(5) var<storage, read> t434: array<f32>;
@group(0) @binding(6) var<storage, read> t25: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k67_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l23: f32 = in_tokens[j];
    if (i32(l23) == i / 64i) {
      let l329: f32 = t329[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l423: f32 = t423[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l33: f32 = t32[j / 64i * 64i + j % 64i];
      let v427: f32 = l423 * l33;
      let v437: f32 = l329 + v427;
      let l435: f32 = t434[j / 64i * 64i + j % 64i];
      let l25: f32 = t25[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v436: f32 = l435 * l25;
      let v438: f32 = v437 + v436;
      let v439: f32 = v438 + v436;
      acc += v439;
    }
  }
  t440[i] = acc;
}
