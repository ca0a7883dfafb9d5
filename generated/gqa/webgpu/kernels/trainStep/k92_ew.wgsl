// kernel k92_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t496: array<f32>;
@group(0) @binding(2) var<storage, read_write> t593: array<f32>;
@group(0) @binding(3) var<storage, read_write> t594: array<f32>;
@group(0) @binding(4) var<storage, read_write> t619: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l476: f32 = in_step[0i];
    let v495: bool = l476 < 20.0f;
    let v477: f32 = l476 + 1.0f;
    let v479: f32 = v477 * 0.00015f;
    let v481: f32 = l476 - 20.0f;
    let v483: f32 = v481 / 980.0f;
    let v485: f32 = max(v483, 0.0f);
    let v486: f32 = min(v485, 1.0f);
    let v488: f32 = v486 * 3.1415927f;
    let v489: f32 = cos(v488);
    let v490: f32 = v489 + 1.0f;
    let v492: f32 = v490 * 0.00135f;
    let v494: f32 = v492 + 0.0003f;
    let v496: f32 = select(v494, v479, v495);
    t496[0i] = v496;
    let v586: f32 = v477 * -0.105360515f;
    let v587: f32 = exp(v586);
    let v588: f32 = 1.0f - v587;
    let v593: f32 = v496 / v588;
    t593[0i] = v593;
    let v590: f32 = v477 * -0.051293295f;
    let v591: f32 = exp(v590);
    let v592: f32 = 1.0f - v591;
    let v594: f32 = sqrt(v592);
    t594[0i] = v594;
    let v618: f32 = v496 * 0.1f;
    let v619: f32 = 1.0f - v618;
    t619[0i] = v619;
  }
}
