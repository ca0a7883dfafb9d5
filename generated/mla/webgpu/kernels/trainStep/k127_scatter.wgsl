// kernel k127_scatter
@group(0) @binding(0) var<storage, read_write> t623: array<f32>;
@group(0) @binding(1) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(2) var<storage, read> t500: array<f32>;
@group(0) @binding(3) var<storage, read> t606: array<f32>;
@group(0) @binding(4) var<storage, read> t36: array<f32>;
@group(0) @binding(5) var<storage, read> t617: array<f32>;
@group(0) @binding(6) var<storage, read> t29: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  var acc: f32 = 0.0f;
  for (var j: i32 = 0i; j < 1024i; j++) {
    let l27: f32 = in_tokens[j];
    if (i32(l27) == i / 64i) {
      let l500: f32 = t500[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l606: f32 = t606[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let l37: f32 = t36[j / 64i * 64i + j % 64i];
      let v610: f32 = l606 * l37;
      let v620: f32 = l500 + v610;
      let l618: f32 = t617[j / 64i * 64i + j % 64i];
      let l29: f32 = t29[j / 64i * 4096i + j % 64i * 64i + i % 64i];
      let v619: f32 = l618 * l29;
      let v621: f32 = v620 + v619;
      let v622: f32 = v621 + v619;
      acc += v622;
    }
  }
  t623[i] = acc;
}
